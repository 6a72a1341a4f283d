package io.reviewrecovery.messaging;

import io.reviewrecovery.review.Channel;
import java.time.Instant;

/**
 * One entry of the communication log: a message sent to a customer or a public post.
 *
 * @param idempotencyKey unique per intended send: a retry finds it and does not send again
 */
public record Communication(
    String idempotencyKey,
    String businessKey,
    CommunicationKind kind,
    Channel channel,
    String recipient,
    String subject,
    String body,
    Instant sentAt) {

  /** The key of the {@code sequence}th message of this kind in a case, e.g. {@code google:review-1001:OUTREACH:1}. */
  public static String idempotencyKey(String businessKey, CommunicationKind kind, int sequence) {
    return "%s:%s:%d".formatted(businessKey, kind, sequence);
  }
}
