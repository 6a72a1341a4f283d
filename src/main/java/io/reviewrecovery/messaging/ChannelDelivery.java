package io.reviewrecovery.messaging;

import io.reviewrecovery.review.Channel;

/**
 * Delivers customer messages over one channel, e.g. email over SMTP or a review platform's
 * direct messages. Only configured deliveries exist as beans; {@link ChannelRoutingMessenger}
 * picks the one for a message's channel.
 */
public interface ChannelDelivery {

  Channel channel();

  void deliver(CustomerMessage message);
}
