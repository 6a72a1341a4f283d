package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a case ended, by the end event it reached. */
public enum CaseOutcome {
  REVIEW_REMOVED_BY_PLATFORM(END_REVIEW_REMOVED_BY_PLATFORM, END_REPORTED_REVIEW_REMOVED),
  /** The platform reported the review gone while it was not reported to the platform: the reviewer took it down. */
  REVIEW_REMOVED_BY_REVIEWER(END_REVIEW_REMOVED_BY_REVIEWER),
  REVIEW_UPDATED(END_REVIEW_UPDATED, END_REVIEW_UPDATED_MID_CASE),
  /** A public reply was posted: the final one, or the acknowledgement, when the reviewer never got in touch. */
  PUBLIC_REPLY_POSTED(END_PUBLIC_REPLY_POSTED, END_ACKNOWLEDGEMENT_STANDS);

  private final List<String> endEventIds;

  CaseOutcome(String... endEventIds) {
    this.endEventIds = List.of(endEventIds);
  }

  public static Optional<CaseOutcome> ofEndEvent(String endEventId) {
    return endEventId == null ? Optional.empty()
        : Arrays.stream(values()).filter(o -> o.endEventIds.contains(endEventId)).findFirst();
  }
}
