package io.reviewrecovery.cases;

import io.reviewrecovery.messaging.Communication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything about one case, as {@code GET /api/reviews/{platform}/{platformReviewId}} shows it.
 *
 * @param status OPEN while the process runs, ENDED when it reached an end event, CANCELLED when an
 *     operator cancelled it
 * @param currentSteps where the case is now; empty once it ended
 * @param outcome how it ended; {@code null} while open
 * @param timeToFirstOutreach from intake to the first proposal reaching the customer; {@code null} until then
 * @param timeToOutcome from intake to the outcome; {@code null} without one
 * @param overdue whether a task of the case is open past its due date now
 * @param responseTargets the deadlines of the answers the case owes, and its escalations
 */
public record CaseFile(
    String businessKey,
    String platform,
    String platformReviewId,
    String processInstanceId,
    Instant receivedAt,
    String status,
    List<Step> currentSteps,
    CaseOutcome outcome,
    Duration timeToFirstOutreach,
    Duration timeToOutcome,
    boolean overdue,
    Verification verification,
    ResponseTargets responseTargets,
    List<Communication> communications) {

  public record Step(String activityId, String name) {
  }

  /**
   * A target the case has not reached yet is {@code null}.
   *
   * @param assessment the assessment of the review against the platform's terms
   * @param acknowledgement the public acknowledgement, for a reviewer nobody can reach privately
   * @param firstOutreach the first private proposal
   * @param proposal the latest proposal after a declined one or a remedy that could not be done
   * @param remedy carrying out the remedy the customer accepted last
   * @param publicReply the public reply
   */
  public record ResponseTargets(Target assessment, Target acknowledgement, Target firstOutreach, Target proposal,
      Target remedy, Target publicReply) {
  }

  /**
   * @param dueAt the deadline
   * @param metAt when it was met: the step done (the first proposal made, the public reply posted); {@code null}
   *     while open
   * @param escalatedAt when the case was escalated to the reputation team for missing it; {@code null} if it was not
   * @param lateBy for an escalated target, how late it was met, or is so far (ISO-8601, e.g. {@code PT3H20M});
   *     {@code null} when a deadline moved by the platform's answer is not passed
   */
  public record Target(Instant dueAt, Instant metAt, Instant escalatedAt, String lateBy) {
  }

  /** {@code null} fields: not verified yet. */
  public record Verification(Boolean reviewerVerified, String finding) {
  }
}
