package io.reviewrecovery.platform;

import io.reviewrecovery.messaging.ChannelDelivery;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Platform;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a proposal may go to the reviewer as a direct message on the review's platform: only when a
 * delivery for platform messages is configured (a {@link ChannelDelivery} bean for
 * {@link Channel#PLATFORM_MESSAGE}). None of the supported platforms offers businesses an API for
 * that: Google ended Business Messages in July 2024, Trustpilot's and Yelp's APIs reply to a review
 * only in public. So the channel is not offered, in the {@code local} profile as in production, and a
 * reviewer known only by a display name takes the public acknowledgement path.
 */
@Component
public class PlatformDirectMessages {

  private final boolean deliverable;

  public PlatformDirectMessages(List<ChannelDelivery> deliveries) {
    this.deliverable = deliveries.stream().anyMatch(delivery -> delivery.channel() == Channel.PLATFORM_MESSAGE);
  }

  /** Why a direct message on this platform cannot be sent; empty when it can. */
  public Optional<String> unavailable(String platformCode) {
    if (deliverable) {
      return Optional.empty();
    }
    String platform = Platform.fromCode(platformCode).map(Platform::displayName).orElse(String.valueOf(platformCode));
    return Optional.of("%s has no direct messages this application can send: choose email or phone.".formatted(platform));
  }
}
