package io.reviewrecovery.messaging;

/**
 * A message on its way to a customer.
 *
 * @param idempotencyKey stable for this case and step, e.g. to derive an email's Message-ID
 */
public record CustomerMessage(
    String idempotencyKey,
    String businessKey,
    Channel channel,
    String recipient,
    String subject,
    String body) {
}
