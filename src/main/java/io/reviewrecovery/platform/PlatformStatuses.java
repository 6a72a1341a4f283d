package io.reviewrecovery.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reviewrecovery.platform.PlatformEventInbox.State;
import io.reviewrecovery.platform.PlatformTokenStates.TokenState;
import io.reviewrecovery.review.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The status of every enabled platform: its last successful poll (from the database, since one node
 * of the cluster polls for all), its access token on this node and its events waiting in the inbox.
 * A platform is failing when its token endpoint refused the credentials, or when it was not polled
 * successfully for {@code review-recovery.platforms.polling.intervals-before-unhealthy} intervals.
 * Publishes each polled platform's lag as the gauge {@value #POLL_LAG} (in seconds).
 */
@Component
public class PlatformStatuses {

  static final String POLL_LAG = "reviewrecovery.platform.poll.lag";

  private final PlatformProperties properties;
  private final PlatformTokenStates tokens;
  private final JdbcTemplate jdbc;
  private final Set<Platform> polled;
  private final Instant startedAt = Instant.now();

  public PlatformStatuses(PlatformProperties properties, PlatformTokenStates tokens, JdbcTemplate jdbc,
      List<ReviewSource> sources, MeterRegistry meters) {
    this.properties = properties;
    this.tokens = tokens;
    this.jdbc = jdbc;
    this.polled = sources.stream().map(ReviewSource::platform).collect(Collectors.toUnmodifiableSet());
    for (Platform platform : polled) {
      Gauge.builder(POLL_LAG, () -> pollLag(lastSuccessfulPoll(platform).orElse(null)).toSeconds())
          .tag("platform", platform.code())
          .baseUnit("seconds")
          .description("Time since the platform's reviews were last polled successfully by any node")
          .register(meters);
    }
  }

  /** Every enabled platform's status, in the order of {@link Platform}. */
  public List<PlatformStatus> enabled() {
    return Arrays.stream(Platform.values()).filter(platform -> properties.enabled(platform).isPresent())
        .map(this::status).toList();
  }

  PlatformStatus status(Platform platform) {
    boolean isPolled = polled.contains(platform);
    Instant lastPoll = isPolled ? lastSuccessfulPoll(platform).orElse(null) : null;
    Duration lag = isPolled ? pollLag(lastPoll) : null;
    TokenState token = tokens.state(platform);
    return new PlatformStatus(platform, isPolled, lastPoll, lag, token, pendingEvents(platform),
        failing(token, lastPoll, lag));
  }

  private String failing(TokenState token, Instant lastPoll, Duration lag) {
    if (token.refused()) {
      return "access token refused: " + token.failure();
    }
    Duration allowed = properties.polling().unhealthyAfter();
    if (lag != null && lag.compareTo(allowed) > 0) {
      return (lastPoll == null ? "never polled successfully in " + lag.toSeconds() + " s since this node started"
          : "no successful poll for " + lag.toSeconds() + " s")
          + " (more than " + properties.polling().intervalsBeforeUnhealthy() + " intervals of "
          + properties.polling().interval() + ")";
    }
    return null;
  }

  private Duration pollLag(Instant lastPoll) {
    return Duration.between(lastPoll == null ? startedAt : lastPoll, Instant.now());
  }

  private Optional<Instant> lastSuccessfulPoll(Platform platform) {
    return jdbc.query("select polled_at from platform_poll_state where platform = ?",
        (row, n) -> row.getTimestamp(1).toInstant(), platform.code()).stream().findFirst();
  }

  private int pendingEvents(Platform platform) {
    Integer pending = jdbc.queryForObject("select count(*) from platform_event where platform = ? and state = ?",
        Integer.class, platform.code(), State.PENDING.name());
    return pending == null ? 0 : pending;
  }
}
