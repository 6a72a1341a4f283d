package io.reviewrecovery.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes our data of cleaned-up cases every {@code review-recovery.retention.cleanup-interval}.
 * Off when {@code review-recovery.retention.scheduled} is false (the tests call it directly).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "review-recovery.retention", name = "scheduled", havingValue = "true")
public class RetentionSchedule {

  private final PersonalDataRetention retention;

  public RetentionSchedule(PersonalDataRetention retention) {
    this.retention = retention;
  }

  @Scheduled(fixedDelayString = "${review-recovery.retention.cleanup-interval}",
      initialDelayString = "${review-recovery.retention.cleanup-interval}")
  public void removeCasesWithoutHistory() {
    retention.removeCasesWithoutHistory();
  }
}
