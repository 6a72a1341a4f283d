package io.reviewrecovery.cases;

import java.time.Instant;

/**
 * A case's review as it was looked up again some time after the case ended with a public reply.
 *
 * @param ratingAtIntake the stars the review had when the case started
 * @param rating the stars it has now; {@code null} unless {@link State#PUBLISHED}
 * @param why for {@link State#UNKNOWN}, why the platform could not be asked
 */
public record FinalReview(int ratingAtIntake, State state, Integer rating, Instant checkedAt, String why) {

  public enum State {
    /** Still on the platform, with {@link #rating()}. */
    PUBLISHED,
    /** No longer on the platform. */
    REMOVED,
    /** The platform offers no way to look the review up. */
    UNKNOWN
  }

  public static FinalReview published(int ratingAtIntake, int rating, Instant checkedAt) {
    return new FinalReview(ratingAtIntake, State.PUBLISHED, rating, checkedAt, null);
  }

  public static FinalReview removed(int ratingAtIntake, Instant checkedAt) {
    return new FinalReview(ratingAtIntake, State.REMOVED, null, checkedAt, null);
  }

  public static FinalReview unknown(int ratingAtIntake, Instant checkedAt, String why) {
    return new FinalReview(ratingAtIntake, State.UNKNOWN, null, checkedAt, why);
  }

  /** Whether the reviewer raised the rating since the case started. */
  public boolean improved() {
    return state == State.PUBLISHED && rating > ratingAtIntake;
  }
}
