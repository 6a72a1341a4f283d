package io.reviewrecovery.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the poller and the redelivery of waiting platform events on their own. Off when
 * {@code review-recovery.platforms.scheduled} is false (the tests call both directly).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "review-recovery.platforms", name = "scheduled", havingValue = "true")
public class PlatformSchedules {

  private final ReviewPoller poller;
  private final PlatformEventInbox inbox;

  public PlatformSchedules(ReviewPoller poller, PlatformEventInbox inbox) {
    this.poller = poller;
    this.inbox = inbox;
  }

  @Scheduled(fixedDelayString = "${review-recovery.platforms.polling.interval}",
      initialDelayString = "${review-recovery.platforms.polling.interval}")
  public void pollReviews() {
    poller.pollAll();
  }

  @Scheduled(fixedDelayString = "${review-recovery.platforms.webhooks.redelivery-interval}")
  public void deliverWaitingEvents() {
    inbox.deliverWaiting();
  }
}
