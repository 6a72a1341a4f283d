package io.reviewrecovery.platform;

import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.review.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
   * The review as the platform shows it now; empty when it is no longer published.
   *
   * @throws JobFailure when the platform could not be asked
   */
  Optional<ListedReview> find(String platformReviewId);

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
