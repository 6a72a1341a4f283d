package io.reviewrecovery.platform;

import io.reviewrecovery.database.OncePerCluster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the poller and the redelivery of waiting platform events on their own, each on one node of
 * a cluster per interval ({@link OncePerCluster}). Off when {@code review-recovery.platforms.scheduled}
 * is false (the tests call both directly).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "review-recovery.platforms", name = "scheduled", havingValue = "true")
public class PlatformSchedules {

  private final ReviewPoller poller;
  private final PlatformEventInbox inbox;
  private final OncePerCluster oncePerCluster;
  private final PlatformProperties properties;

  public PlatformSchedules(ReviewPoller poller, PlatformEventInbox inbox, OncePerCluster oncePerCluster,
      PlatformProperties properties) {
    this.poller = poller;
    this.inbox = inbox;
    this.oncePerCluster = oncePerCluster;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${review-recovery.platforms.polling.interval}",
      initialDelayString = "${review-recovery.platforms.polling.interval}")
  public void pollReviews() {
    oncePerCluster.run("platform-polling", properties.polling().interval(), poller::pollAll);
  }

  @Scheduled(fixedDelayString = "${review-recovery.platforms.webhooks.redelivery-interval}")
  public void deliverWaitingEvents() {
    oncePerCluster.run("platform-event-redelivery", properties.webhooks().redeliveryInterval(), inbox::deliverWaiting);
  }
}
