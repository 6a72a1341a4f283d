package io.reviewrecovery.retention;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long an ended case is kept, under {@code review-recovery.retention.*}.
 *
 * @param historyTimeToLive how long Camunda keeps an ended case's history (its process definitions'
 *     historyTimeToLive); our copies of the case's personal data go with it. Whole days: Camunda
 *     counts in days
 * @param cleanupInterval how often the application removes its data of cases whose history Camunda removed
 * @param scheduled whether that removal runs on its own (off in tests, which call it)
 */
@Validated
@ConfigurationProperties("review-recovery.retention")
public record RetentionProperties(
    @NotNull Duration historyTimeToLive,
    @NotNull Duration cleanupInterval,
    boolean scheduled) {

  /** The time to live in Camunda's unit. */
  public int historyTimeToLiveDays() {
    return Math.toIntExact(historyTimeToLive.toDays());
  }

  @AssertTrue(message = "must be a whole number of days, at least one (e.g. P365D)")
  boolean isHistoryTimeToLive() {
    return historyTimeToLive == null
        || (historyTimeToLive.toDays() >= 1 && historyTimeToLive.equals(Duration.ofDays(historyTimeToLive.toDays())));
  }
}
