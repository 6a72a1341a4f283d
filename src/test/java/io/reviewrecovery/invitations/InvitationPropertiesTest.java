package io.reviewrecovery.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.review.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The invitation settings of application.yml, bound and checked as at start-up, without the application. */
class InvitationPropertiesTest {

  private static final String INVITATIONS = "review-recovery.invitations.";

  private final ApplicationContextRunner startUp = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(BindInvitationProperties.class);

  @Test
  void byDefaultInvitationsAreOff() {
    startUp.run(context -> {
      InvitationProperties settings = context.getBean(InvitationProperties.class);
      assertThat(settings.enabled()).isFalse();
      assertThat(settings.period()).isEqualTo(Duration.ofDays(180));
      assertThat(settings.lookback()).isEqualTo(Duration.ofDays(30));
    });
  }

  @Test
  void invitationsToYelpStopTheStartUp() {
    startUp.withPropertyValues(INVITATIONS + "enabled=true", INVITATIONS + "platform=yelp",
            INVITATIONS + "review-url=https://www.yelp.com/writeareview/biz/harbour-street-bakery")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("Yelp forbids businesses to ask anyone for reviews")
            .hasMessageContaining("REVIEW_RECOVERY_INVITATIONS_ENABLED=false"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "http://search.google.com/local/writereview?placeid=x",
      "https://www.yelp.com/writeareview/biz/harbour-street-bakery", "https://google.example.com/review",
      "https://www.trustpilot.com/evaluate/harbourstreetbakery.example"})
  void aGoogleInvitationNeedsGooglesReviewPage(String reviewUrl) {
    startUp.withPropertyValues(INVITATIONS + "enabled=true", INVITATIONS + "platform=google", INVITATIONS + "review-url=" + reviewUrl)
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("review-recovery.invitations.review-url (REVIEW_RECOVERY_INVITATIONS_REVIEW_URL) must be "
                + "the https address of the business's \"write a review\" page on Google"));
  }

  @Test
  void aLookbackLongerThanThePeriodStopsTheStartUp() {
    startUp.withPropertyValues(INVITATIONS + "lookback=P200D", INVITATIONS + "period=P180D")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("lookback (PT4800H) must not be longer than review-recovery.invitations.period (PT4320H)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"google|https://search.google.com/local/writereview?placeid=ChIJ123", "google|https://g.page/r/abc/review",
      "trustpilot|https://www.trustpilot.com/evaluate/harbourstreetbakery.example",
      "trustpilot|https://uk.trustpilot.com/evaluate/harbourstreetbakery.example"})
  void googleAndTrustpilotAllowInvitingEveryone(String platformAndUrl) {
    String[] setting = platformAndUrl.split("\\|");
    startUp.withPropertyValues(INVITATIONS + "enabled=true", INVITATIONS + "platform=" + setting[0],
            INVITATIONS + "review-url=" + setting[1])
        .run(context -> assertThat(context.getBean(InvitationProperties.class).platform())
            .isEqualTo(Platform.valueOf(setting[0].toUpperCase())));
  }

  @Configuration
  @EnableConfigurationProperties(InvitationProperties.class)
  static class BindInvitationProperties {
  }
}
