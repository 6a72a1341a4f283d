package io.reviewrecovery.messaging;

import io.reviewrecovery.review.Channel;

/**
 * A message on its way to a customer.
 *
 * @param idempotencyKey stable for this case and step, e.g. to derive an email's Message-ID
 * @param body the plain text; what every channel can carry and what the communication log keeps
 * @param htmlBody the same message as HTML, for channels that show it (email)
 * @param unsubscribeUrl where the recipient asks for no more messages of this kind, for mail programs'
 *     own unsubscribe button; null for the messages of a case
 */
public record CustomerMessage(
    String idempotencyKey,
    String businessKey,
    Channel channel,
    String recipient,
    String subject,
    String body,
    String htmlBody,
    String unsubscribeUrl) {

  /** A message of a case, which a customer cannot unsubscribe from. */
  public CustomerMessage(String idempotencyKey, String businessKey, Channel channel, String recipient, String subject,
      String body, String htmlBody) {
    this(idempotencyKey, businessKey, channel, recipient, subject, body, htmlBody, null);
  }
}
