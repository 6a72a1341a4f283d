package io.reviewrecovery.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reviewrecovery.review.Platform;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where each platform's access token stands on this node: valid until when, or why its last
 * renewal failed. Each node holds tokens of its own, so this is per node, unlike the polls. Counts
 * the tokens obtained ({@value #RENEWALS}) and the renewals that failed ({@value #FAILURES}) per
 * platform.
 */
@Component
public class PlatformTokenStates {

  static final String RENEWALS = "reviewrecovery.platform.token.renewals";
  static final String FAILURES = "reviewrecovery.platform.token.renewal.failures";
  private static final Logger LOG = LoggerFactory.getLogger(PlatformTokenStates.class);

  /**
   * A platform's token on this node.
   *
   * @param validUntil when the token last obtained expires; null before the first
   * @param failure why the last attempt to obtain one failed; null when it worked
   * @param refused whether that failure was a refusal of the credentials (a person must act), not a
   *     token endpoint that failed to answer
   */
  public record TokenState(Instant validUntil, String failure, boolean refused, Instant failedAt) {

    static final TokenState NONE_YET = new TokenState(null, null, false, null);
  }

  private final Map<Platform, TokenState> states = new ConcurrentHashMap<>();
  private final MeterRegistry meters;

  public PlatformTokenStates(MeterRegistry meters, PlatformProperties properties) {
    this.meters = meters;
    for (Platform platform : Platform.values()) {
      // At zero from the start, so that an alert on their rate sees the first failure.
      properties.enabled(platform).ifPresent(enabled -> {
        counter(RENEWALS, platform);
        counter(FAILURES, platform);
      });
    }
  }

  /** The platform's token state; {@link TokenState#NONE_YET} before its first call. */
  public TokenState state(Platform platform) {
    return states.getOrDefault(platform, TokenState.NONE_YET);
  }

  void obtained(Platform platform, Instant validUntil) {
    TokenState before = states.put(platform, new TokenState(validUntil, null, false, null));
    counter(RENEWALS, platform).increment();
    if (before != null && before.failure() != null) {
      LOG.info("{} issued an access token again, valid until {}, after: {}", platform.displayName(), validUntil,
          before.failure());
    } else {
      LOG.info("{} issued an access token, valid until {}", platform.displayName(), validUntil);
    }
  }

  void renewalFailed(Platform platform, boolean refused, String reason) {
    Instant validUntil = Optional.ofNullable(states.get(platform)).map(TokenState::validUntil).orElse(null);
    states.put(platform, new TokenState(validUntil, reason, refused, Instant.now()));
    counter(FAILURES, platform).increment();
    if (refused) {
      LOG.error("{} refused to renew the access token ({}); nothing reaches {} until its credentials are replaced "
          + "(docs/platforms.md, \"Credentials\")", platform.displayName(), reason, platform.displayName());
    } else {
      LOG.warn("{}'s token endpoint issued no access token ({}); the next call tries again", platform.displayName(), reason);
    }
  }

  private Counter counter(String name, Platform platform) {
    return Counter.builder(name).tag("platform", platform.code())
        .description(name.equals(RENEWALS) ? "Access tokens obtained from the platform's token endpoint"
            : "Attempts to obtain an access token that failed")
        .register(meters);
  }
}
