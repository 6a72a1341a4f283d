package io.reviewrecovery.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code platforms}: one entry per enabled platform with its last successful
 * poll, its access token on this node and its pending events. Down when any enabled platform is
 * failing ({@link PlatformStatuses}), naming it and why; disabled platforms are not listed.
 */
@Component("platformsHealthIndicator")
public class PlatformsHealthIndicator implements HealthIndicator {

  private final PlatformStatuses statuses;

  public PlatformsHealthIndicator(PlatformStatuses statuses) {
    this.statuses = statuses;
  }

  @Override
  public Health health() {
    List<PlatformStatus> enabled = statuses.enabled();
    Health.Builder health = enabled.stream().anyMatch(status -> status.failure().isPresent()) ? Health.down() : Health.up();
    for (PlatformStatus status : enabled) {
      health.withDetail(status.platform().code(), details(status));
    }
    return health.build();
  }

  private static Map<String, Object> details(PlatformStatus status) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", status.failure().isPresent() ? "DOWN" : "UP");
    status.failure().ifPresent(reason -> details.put("reason", reason));
    if (status.polled()) {
      details.put("lastSuccessfulPoll", status.lastSuccessfulPoll() == null ? "never" : status.lastSuccessfulPoll().toString());
      details.put("pollLagSeconds", status.pollLag().toSeconds());
    }
    Map<String, Object> token = new LinkedHashMap<>();
    if (status.token().validUntil() != null) {
      token.put("validUntil", status.token().validUntil().toString());
    }
    if (status.token().failure() != null) {
      token.put("renewalFailed", status.token().failure());
      token.put("renewalFailedAt", status.token().failedAt().toString());
    }
    if (token.isEmpty()) {
      token.put("state", "none obtained on this node: not needed yet, or configured as it is (Yelp)");
    }
    details.put("token", token);
    details.put("pendingEvents", status.pendingEvents());
    return details;
  }
}
