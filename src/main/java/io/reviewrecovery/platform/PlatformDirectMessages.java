package io.reviewrecovery.platform;

import io.reviewrecovery.review.Platform;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether a proposal may go to the reviewer as a direct message on the review's platform. None of
 * the platforms offers businesses an API for that: Google ended Business Messages in July 2024,
 * Trustpilot's and Yelp's APIs reply to a review only in public. So outside the {@code local}
 * profile (whose outbox stands in for every platform's messages) the channel is not offered.
 */
@Component
public class PlatformDirectMessages {

  private final boolean localOutbox;

  public PlatformDirectMessages(Environment environment) {
    this.localOutbox = environment.acceptsProfiles(Profiles.of("local"));
  }

  /** Why a direct message on this platform cannot be sent; empty when it can. */
  public Optional<String> unavailable(String platformCode) {
    if (localOutbox) {
      return Optional.empty();
    }
    String platform = Platform.fromCode(platformCode).map(Platform::displayName).orElse(String.valueOf(platformCode));
    return Optional.of("%s has no direct messages this application can send: choose email or phone.".formatted(platform));
  }
}
