package io.reviewrecovery.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One apology with its remedy, as the agent prepared it.
 *
 * @param number 1 for the first proposal, counting up with each new one
 * @param refundAmount for a refund, the amount; otherwise {@code null}
 * @param refundDate for a refund, the day it will be processed; otherwise {@code null}
 */
public record Proposal(
    int number,
    Channel channel,
    String apology,
    RemedyType remedyType,
    String remedyDetails,
    BigDecimal refundAmount,
    LocalDate refundDate) {
}
