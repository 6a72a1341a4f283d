package io.reviewrecovery.messaging;

/**
 * Delivers a message to a customer over email or the review platform's direct messages. Callers
 * go through {@link CustomerOutreach}, which makes every send happen at most once.
 */
public interface CustomerMessenger {

  void deliver(CustomerMessage message);
}
