package io.reviewrecovery.platform;

/** A review as the platform identifies it. */
public record PlatformReview(String platform, String platformReviewId) {
}
