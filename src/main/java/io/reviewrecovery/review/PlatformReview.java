package io.reviewrecovery.review;

/** A review as the platform identifies it. */
public record PlatformReview(String platform, String platformReviewId) {
}
