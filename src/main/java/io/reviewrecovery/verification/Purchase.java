package io.reviewrecovery.verification;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One transaction from the business's records, with the customer who made it. */
public record Purchase(
    long transactionId,
    String orderReference,
    LocalDate purchasedOn,
    String description,
    BigDecimal amount,
    long customerId,
    String customerName,
    String customerEmail,
    String customerPhone) {
}
