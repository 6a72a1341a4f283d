package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;

import java.util.Arrays;
import java.util.Optional;

/** How a case ended, by the end event it reached. */
public enum CaseOutcome {
  REVIEW_REMOVED_BY_PLATFORM(END_REVIEW_REMOVED_BY_PLATFORM),
  REVIEW_UPDATED(END_REVIEW_UPDATED),
  PUBLIC_REPLY_POSTED(END_PUBLIC_REPLY_POSTED);

  private final String endEventId;

  CaseOutcome(String endEventId) {
    this.endEventId = endEventId;
  }

  public static Optional<CaseOutcome> ofEndEvent(String endEventId) {
    return Arrays.stream(values()).filter(o -> o.endEventId.equals(endEventId)).findFirst();
  }
}
