package io.reviewrecovery.responses;

import io.reviewrecovery.messaging.Communication;
import java.time.Instant;

/**
 * A signed link through which a customer gives one answer to one message.
 *
 * @param sequence the message's number within its kind, for proposals the proposal number
 * @param url the address to put in the message
 */
public record ResponseLink(String businessKey, CustomerAnswer answer, int sequence, Instant expiresAt, String url) {

  /** The message this link belongs to: one answer per message, whichever of its links is used. */
  public String messageKey() {
    return Communication.idempotencyKey(businessKey, answer.question(), sequence);
  }

  public String label() {
    return answer.label();
  }
}
