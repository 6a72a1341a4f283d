package io.reviewrecovery.outcomes;

import io.reviewrecovery.cases.CaseTimelines.FinalReviews;
import io.reviewrecovery.cases.CaseTimelines.Median;
import io.reviewrecovery.cases.CaseTimelines.Week;
import io.reviewrecovery.cases.OutcomeTally;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The figures of the outcomes page and of {@code GET /api/outcomes}.
 *
 * @param cases every case received, by where it stands now
 * @param timeToFirstOutreach median from intake to the first proposal reaching the customer
 * @param timeToOutcome median from intake to the outcome
 * @param overdueNow open cases with a task past its due date
 * @param openByStep open cases by the step they are at, in the order of the process; a case at two
 *     steps at once counts at both
 * @param weeks the cases received in each of the last weeks, oldest first
 * @param reviewRecheckAfter how long after its public reply a case's review is looked up again
 * @param afterPublicReply the reviews looked up again so far: still published (improved or not), removed
 */
public record OutcomeFigures(
    Instant asOf,
    OutcomeTally cases,
    Median timeToFirstOutreach,
    Median timeToOutcome,
    long overdueNow,
    List<StepCount> openByStep,
    List<Week> weeks,
    Duration reviewRecheckAfter,
    FinalReviews afterPublicReply) {

  public record StepCount(String activityId, String name, long cases) {
  }
}
