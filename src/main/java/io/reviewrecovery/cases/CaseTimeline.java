package io.reviewrecovery.cases;

import java.time.Duration;
import java.time.Instant;

/**
 * When a case was received, first reached the customer, and ended.
 *
 * @param firstOutreachAt when the first proposal reached the customer; {@code null} until then
 * @param endedAt when its process instance ended; {@code null} while open
 * @param outcome how it ended; {@code null} while open, and for a case an operator cancelled
 */
public record CaseTimeline(Instant receivedAt, Instant firstOutreachAt, Instant endedAt, CaseOutcome outcome) {

  /** From intake to the first proposal reaching the customer; {@code null} until then. */
  public Duration timeToFirstOutreach() {
    return firstOutreachAt == null ? null : Duration.between(receivedAt, firstOutreachAt);
  }

  /** From intake to the outcome; {@code null} while open, and for a cancelled case, which has none. */
  public Duration timeToOutcome() {
    return outcome == null ? null : Duration.between(receivedAt, endedAt);
  }
}
