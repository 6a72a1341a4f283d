package io.reviewrecovery.platform;

import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.review.Platform;
import java.time.Instant;
import java.util.List;

/** A platform whose reviews can be listed, for the {@link ReviewPoller}. */
public interface ReviewSource {

  Platform platform();

  /**
   * The reviews created or changed after {@code since}, newest change first. A platform whose list
   * cannot be ordered by changes (Trustpilot) gives the reviews created after {@code since}.
   *
   * @throws JobFailure when the platform could not be read
   */
  List<ListedReview> reviewsChangedSince(Instant since);

  /**
   * Whether the review is still published.
   *
   * @throws JobFailure when the platform could not be asked
   */
  boolean isPublished(String platformReviewId);

  /** A review as the platform lists it. */
  record ListedReview(
      String platformReviewId,
      int rating,
      String text,
      String reviewerName,
      String reviewUrl,
      Instant publishedAt,
      Instant updatedAt) {
  }
}
