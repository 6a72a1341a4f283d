package io.reviewrecovery.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Camunda counts a history time to live in days, so anything else stops the start-up. */
class RetentionPropertiesTest {

  @EnableConfigurationProperties(RetentionProperties.class)
  static class BindRetentionProperties {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(BindRetentionProperties.class)
      .withPropertyValues("review-recovery.retention.cleanup-interval=PT1H");

  @Test
  void wholeDaysAreTakenAsDays() {
    context.withPropertyValues("review-recovery.retention.history-time-to-live=P30D").run(started ->
        assertThat(started.getBean(RetentionProperties.class).historyTimeToLiveDays()).isEqualTo(30));
  }

  @Test
  void partOfADayOrNoTimeAtAllIsRefused() {
    for (String refused : new String[] {"PT36H", "P0D", "PT12H"}) {
      context.withPropertyValues("review-recovery.retention.history-time-to-live=" + refused).run(started ->
          assertThat(started.getStartupFailure()).as(refused)
              .hasStackTraceContaining("review-recovery.retention.historyTimeToLive")
              .hasStackTraceContaining("must be a whole number of days"));
    }
  }
}
