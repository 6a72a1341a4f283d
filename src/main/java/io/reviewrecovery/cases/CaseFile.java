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
    List<Communication> communications) {

  public record Step(String activityId, String name) {
  }

  /** {@code null} fields: not verified yet. */
  public record Verification(Boolean reviewerVerified, String finding) {
  }
}
