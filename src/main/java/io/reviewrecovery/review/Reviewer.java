package io.reviewrecovery.review;

/**
 * Who wrote the review, as far as the case knows: what the platform showed and, when the
 * verification matched one, the customer on record.
 *
 * @param reviewerEmail the email the reviewer shared: through the platform, or later with staff
 * @param reviewerPhone the phone number the reviewer gave staff, when they got in touch after the public acknowledgement
 */
public record Reviewer(
    String businessKey,
    String platform,
    String platformReviewId,
    String reviewerName,
    String reviewerEmail,
    Long customerId,
    String reviewerPhone) {

  /** A reviewer who gave no phone number of their own. */
  public Reviewer(String businessKey, String platform, String platformReviewId, String reviewerName, String reviewerEmail,
      Long customerId) {
    this(businessKey, platform, platformReviewId, reviewerName, reviewerEmail, customerId, null);
  }
}
