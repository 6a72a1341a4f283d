package io.reviewrecovery.verification;

/**
 * The outcome of cross-referencing a reviewer with the transaction records.
 *
 * @param verified whether the reviewer is a customer with a purchase near the review's date
 * @param finding what was found, in words an assessor can act on
 * @param customerId the matched customer, or {@code null}
 * @param transactionId the matched purchase, or {@code null}
 * @param customerPhone the matched customer's phone on record, or {@code null}
 * @param highValue whether the matched customer's lifetime spend reaches the high-value mark
 */
public record VerificationResult(
    boolean verified,
    String finding,
    Long customerId,
    Long transactionId,
    String customerPhone,
    boolean highValue) {

  static VerificationResult notVerified(String finding) {
    return new VerificationResult(false, finding, null, null, null, false);
  }
}
