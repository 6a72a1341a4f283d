package io.reviewrecovery.invitations;

import io.reviewrecovery.database.OncePerCluster;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the review invitations on the configured schedule when they are enabled, on one node of a
 * cluster ({@link OncePerCluster}); the invitations' keys in the communication log would also keep
 * two nodes from sending one twice.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "review-recovery.invitations", name = "enabled", havingValue = "true")
public class InvitationSchedule {

  /**
   * How long a run keeps the other nodes from running: the schedule fires on every node at the same
   * moment of their own clocks, which differ by seconds; a schedule more often than this runs this often.
   */
  static final Duration NODES_SKIP_FOR = Duration.ofMinutes(5);

  private final ReviewInvitations invitations;
  private final OncePerCluster oncePerCluster;

  public InvitationSchedule(ReviewInvitations invitations, OncePerCluster oncePerCluster) {
    this.invitations = invitations;
    this.oncePerCluster = oncePerCluster;
  }

  @Scheduled(cron = "${review-recovery.invitations.schedule}", zone = "${review-recovery.invitations.zone}")
  public void sendInvitations() {
    oncePerCluster.run("review-invitations", NODES_SKIP_FOR, invitations::inviteAll);
  }
}
