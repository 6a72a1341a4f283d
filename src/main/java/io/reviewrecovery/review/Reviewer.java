package io.reviewrecovery.review;

/**
 * Who wrote the review, as far as the case knows: what the platform showed and, when the
 * verification matched one, the customer on record.
 */
public record Reviewer(
    String businessKey,
    String platform,
    String platformReviewId,
    String reviewerName,
    String reviewerEmail,
    Long customerId) {
}
