package io.reviewrecovery.responses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside the local profile nothing supplies a link secret, so start-up fails until one is set. */
class ResponseLinkPropertiesTest {

  @EnableConfigurationProperties(ResponseLinkProperties.class)
  static class BindResponseLinkProperties {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(BindResponseLinkProperties.class)
      .withPropertyValues("review-recovery.response-links.base-url=https://care.example.com",
          "review-recovery.response-links.validity=P14D");

  @Test
  void withoutASecretTheApplicationDoesNotStart_andSaysWhatToSet() {
    context.withPropertyValues("review-recovery.response-links.secret=").run(started -> {
      assertThat(started).hasFailed();
      assertThat(started.getStartupFailure()).hasStackTraceContaining("review-recovery.response-links.secret")
          .hasStackTraceContaining("REVIEW_RECOVERY_LINK_SECRET");
    });
  }

  @Test
  void aShortSecretOrABaseUrlThatIsNotHttpIsRefused() {
    context.withPropertyValues("review-recovery.response-links.secret=too-short").run(started ->
        assertThat(started.getStartupFailure()).hasStackTraceContaining("at least 32 characters"));
    context.withPropertyValues("review-recovery.response-links.secret=" + "s".repeat(32),
        "review-recovery.response-links.base-url=care.example.com").run(started ->
        assertThat(started.getStartupFailure()).hasStackTraceContaining("absolute http(s) URL"));
  }

  @Test
  void aLongEnoughSecretStarts() {
    context.withPropertyValues("review-recovery.response-links.secret=" + "s".repeat(32))
        .run(started -> assertThat(started).hasNotFailed().hasSingleBean(ResponseLinkProperties.class));
  }
}
