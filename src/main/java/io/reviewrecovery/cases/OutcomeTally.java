package io.reviewrecovery.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many cases stand where: ended with each outcome, still open, or cancelled by an operator. */
public record OutcomeTally(long removedByPlatform, long removedByReviewer, long reviewUpdated, long publicReplyPosted,
    long open, long cancelled) {

  public static final OutcomeTally NONE = new OutcomeTally(0, 0, 0, 0, 0, 0);

  @JsonProperty
  public long total() {
    return removedByPlatform + removedByReviewer + reviewUpdated + publicReplyPosted + open + cancelled;
  }

  /** This tally with {@code cases} more of the standing that {@link CaseTimelines} names. */
  OutcomeTally plus(String standing, long cases) {
    return switch (standing) {
      case "OPEN" -> new OutcomeTally(removedByPlatform, removedByReviewer, reviewUpdated, publicReplyPosted, open + cases, cancelled);
      case "CANCELLED" -> new OutcomeTally(removedByPlatform, removedByReviewer, reviewUpdated, publicReplyPosted, open, cancelled + cases);
      default -> switch (CaseOutcome.valueOf(standing)) {
        case REVIEW_REMOVED_BY_PLATFORM ->
            new OutcomeTally(removedByPlatform + cases, removedByReviewer, reviewUpdated, publicReplyPosted, open, cancelled);
        case REVIEW_REMOVED_BY_REVIEWER ->
            new OutcomeTally(removedByPlatform, removedByReviewer + cases, reviewUpdated, publicReplyPosted, open, cancelled);
        case REVIEW_UPDATED ->
            new OutcomeTally(removedByPlatform, removedByReviewer, reviewUpdated + cases, publicReplyPosted, open, cancelled);
        case PUBLIC_REPLY_POSTED ->
            new OutcomeTally(removedByPlatform, removedByReviewer, reviewUpdated, publicReplyPosted + cases, open, cancelled);
      };
    };
  }
}
