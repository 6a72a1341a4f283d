package io.reviewrecovery.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.review.Platform;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The platform settings of application.yml, bound and checked as at start-up, without the application. */
class PlatformPropertiesTest {

  private final ApplicationContextRunner startUp = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(BindPlatformProperties.class);

  @Test
  void byDefaultEveryPlatformIsOff() {
    startUp.run(context -> {
      PlatformProperties properties = context.getBean(PlatformProperties.class);
      assertThat(Platform.values()).allSatisfy(platform -> assertThat(properties.enabled(platform)).isEmpty());
      assertThat(properties.maxRating()).isEqualTo(3);
      assertThat(properties.yelp().dailyReplyLimit()).isEqualTo(20);
    });
  }

  @Test
  void anEnabledPlatformWithoutCredentialsStopsTheStartUp_namingWhatIsMissing() {
    startUp.withPropertyValues("review-recovery.platforms.google.enabled=true",
            "review-recovery.platforms.google.account-id=acc-1")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("Google is enabled but not configured")
            .hasMessageContaining("review-recovery.platforms.google.refresh-token (REVIEW_RECOVERY_GOOGLE_REFRESH_TOKEN)")
            .hasMessageContaining("review-recovery.platforms.google.client-secret (REVIEW_RECOVERY_GOOGLE_CLIENT_SECRET)")
            .hasMessageContaining("review-recovery.platforms.google.location-id (REVIEW_RECOVERY_GOOGLE_LOCATION_ID)")
            .hasMessageNotContaining("account-id")
            .hasMessageContaining("REVIEW_RECOVERY_GOOGLE_ENABLED=false"));
  }

  @Test
  void eachPlatformChecksItsOwnCredentials() {
    startUp.withPropertyValues("review-recovery.platforms.trustpilot.enabled=true",
            "review-recovery.platforms.trustpilot.api-secret=s", "review-recovery.platforms.trustpilot.business-user-id=u")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("Trustpilot is enabled but not configured; set review-recovery.platforms.trustpilot.api-key")
            .hasMessageNotContaining("api-secret")
            .hasMessageContaining("review-recovery.platforms.trustpilot.business-unit-id (REVIEW_RECOVERY_TRUSTPILOT_BUSINESS_UNIT_ID)"));
    startUp.withPropertyValues("review-recovery.platforms.yelp.enabled=true", "review-recovery.platforms.yelp.access-token=t")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("REVIEW_RECOVERY_YELP_BUSINESS_ID"));
  }

  @Test
  void aConfiguredPlatformStarts() {
    startUp.withPropertyValues("review-recovery.platforms.yelp.enabled=true", "review-recovery.platforms.yelp.access-token=t",
            "review-recovery.platforms.yelp.business-id=biz")
        .run(context -> assertThat(context.getBean(PlatformProperties.class).enabled(Platform.YELP)).isPresent());
  }

  @Test
  void badValuesStopTheStartUp() {
    startUp.withPropertyValues("review-recovery.platforms.max-rating=6")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("maxRating"));
  }

  @Configuration
  @EnableConfigurationProperties(PlatformProperties.class)
  static class BindPlatformProperties {
  }
}
