package io.reviewrecovery.verification;

import java.time.LocalDate;

/**
 * What the review says about who wrote it and when.
 *
 * @param reviewerName the name shown on the platform
 * @param reviewerEmail the email the platform shared, or {@code null}
 * @param orderReference an order reference the reviewer gave, or {@code null}
 * @param reviewDate the day the review was published
 */
public record ReviewerClaim(String reviewerName, String reviewerEmail, String orderReference, LocalDate reviewDate) {
}
