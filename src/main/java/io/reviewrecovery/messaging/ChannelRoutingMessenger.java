package io.reviewrecovery.messaging;

import io.reviewrecovery.config.Routes;
import io.reviewrecovery.review.Channel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Hands each customer message to the delivery of its channel ({@link Routes}). In the {@code local}
 * profile a channel without a configured delivery keeps its messages in the local outbox (the
 * communication log, which the case API shows); in any other profile that is an error, and the job
 * that tried to send becomes an incident instead of pretending to send.
 */
@Component
public class ChannelRoutingMessenger implements CustomerMessenger {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelRoutingMessenger.class);

  private final Routes<Channel, ChannelDelivery> deliveries;

  public ChannelRoutingMessenger(List<ChannelDelivery> configured, Environment environment) {
    this.deliveries = new Routes<>(Channel.class, ChannelDelivery::channel, configured, "deliveries", environment);
    LOG.info("Customer messages: {}", deliveries.describe(List.of(Channel.EMAIL, Channel.PLATFORM_MESSAGE), Channel::name));
  }

  @Override
  public void deliver(CustomerMessage message) {
    deliveries.to(message.channel(), () -> new IllegalStateException("No delivery is configured for "
            + message.channel() + " messages; configure one or choose another channel for case " + message.businessKey()))
        .ifPresentOrElse(delivery -> delivery.deliver(message),
            () -> LOG.info("Case {}: {} message kept in the local outbox", message.businessKey(), message.channel()));
  }
}
