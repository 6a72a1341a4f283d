package io.reviewrecovery.invitations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the review invitations on the configured schedule when they are enabled. On every node of
 * a cluster: the invitations' keys in the communication log keep two nodes from sending one twice.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "review-recovery.invitations", name = "enabled", havingValue = "true")
public class InvitationSchedule {

  private final ReviewInvitations invitations;

  public InvitationSchedule(ReviewInvitations invitations) {
    this.invitations = invitations;
  }

  @Scheduled(cron = "${review-recovery.invitations.schedule}", zone = "${review-recovery.invitations.zone}")
  public void sendInvitations() {
    invitations.inviteAll();
  }
}
