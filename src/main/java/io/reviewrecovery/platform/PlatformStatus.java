package io.reviewrecovery.platform;

import io.reviewrecovery.platform.PlatformTokenStates.TokenState;
import io.reviewrecovery.review.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How an enabled platform is doing, as {@link PlatformStatuses} sees it now.
 *
 * @param polled whether the platform's reviews are polled (Yelp's are not)
 * @param lastSuccessfulPoll when a node of the cluster last polled it to the end; null if never
 * @param pollLag how long ago that was, or how long this node has been up when it never was
 * @param token its access token on this node
 * @param pendingEvents its events in the inbox that wait for their case
 * @param failing why the platform is failing; null when it is not
 */
public record PlatformStatus(
    Platform platform,
    boolean polled,
    Instant lastSuccessfulPoll,
    Duration pollLag,
    TokenState token,
    int pendingEvents,
    String failing) {

  public Optional<String> failure() {
    return Optional.ofNullable(failing);
  }
}
