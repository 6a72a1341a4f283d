package io.reviewrecovery.messaging;

import io.reviewrecovery.review.Channel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Hands each customer message to the delivery of its channel. In the {@code local} profile a
 * channel without a configured delivery keeps its messages in the local outbox (the communication
 * log, which the case API shows), so the demo needs no external account; in any other profile that
 * is an error, and the job that tried to send becomes an incident instead of pretending to send.
 */
@Component
public class ChannelRoutingMessenger implements CustomerMessenger {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelRoutingMessenger.class);

  private final Map<Channel, ChannelDelivery> deliveries = new EnumMap<>(Channel.class);
  private final boolean localOutbox;

  public ChannelRoutingMessenger(List<ChannelDelivery> configured, Environment environment) {
    for (ChannelDelivery delivery : configured) {
      if (deliveries.putIfAbsent(delivery.channel(), delivery) != null) {
        throw new IllegalStateException("Two deliveries for " + delivery.channel() + ": "
            + deliveries.get(delivery.channel()).getClass().getSimpleName() + " and " + delivery.getClass().getSimpleName());
      }
    }
    this.localOutbox = environment.acceptsProfiles(Profiles.of("local"));
    LOG.info("Customer messages: {}", Arrays.stream(new Channel[] {Channel.EMAIL, Channel.PLATFORM_MESSAGE})
        .map(channel -> channel + " by " + (deliveries.containsKey(channel)
            ? deliveries.get(channel).getClass().getSimpleName() : localOutbox ? "the local outbox" : "nothing (not configured)"))
        .toList());
  }

  @Override
  public void deliver(CustomerMessage message) {
    ChannelDelivery delivery = deliveries.get(message.channel());
    if (delivery != null) {
      delivery.deliver(message);
    } else if (localOutbox) {
      LOG.info("Case {}: {} message kept in the local outbox", message.businessKey(), message.channel());
    } else {
      throw new IllegalStateException("No delivery is configured for " + message.channel()
          + " messages; configure one or choose another channel for case " + message.businessKey());
    }
  }
}
