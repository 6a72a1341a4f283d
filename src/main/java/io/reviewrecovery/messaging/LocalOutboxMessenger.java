package io.reviewrecovery.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Local delivery: nothing leaves the machine. The message is in the communication log, which the
 * case API shows, so the demo runs without any mail or platform account.
 */
@Component
@Profile("local")
public class LocalOutboxMessenger implements CustomerMessenger {

  private static final Logger LOG = LoggerFactory.getLogger(LocalOutboxMessenger.class);

  @Override
  public void deliver(CustomerMessage message) {
    LOG.info("Case {}: {} to {} kept in the local outbox: {}", message.businessKey(), message.channel(),
        message.recipient(), message.subject());
  }
}
