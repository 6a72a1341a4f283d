package io.reviewrecovery.retention;

import io.reviewrecovery.database.OncePerCluster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes our data of cleaned-up cases every {@code review-recovery.retention.cleanup-interval}, on
 * one node of a cluster per interval ({@link OncePerCluster}). Off when {@code review-recovery.retention.scheduled} is false (the tests call it directly).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "review-recovery.retention", name = "scheduled", havingValue = "true")
public class RetentionSchedule {

  private final PersonalDataRetention retention;
  private final OncePerCluster oncePerCluster;
  private final RetentionProperties properties;

  public RetentionSchedule(PersonalDataRetention retention, OncePerCluster oncePerCluster,
      RetentionProperties properties) {
    this.retention = retention;
    this.oncePerCluster = oncePerCluster;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${review-recovery.retention.cleanup-interval}",
      initialDelayString = "${review-recovery.retention.cleanup-interval}")
  public void removeCasesWithoutHistory() {
    oncePerCluster.run("retention-cleanup", properties.cleanupInterval(), retention::removeCasesWithoutHistory);
  }
}
