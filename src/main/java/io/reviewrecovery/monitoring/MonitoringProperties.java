package io.reviewrecovery.monitoring;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Monitoring, under {@code review-recovery.monitoring.*}: how fresh the case figures of the metrics
 * are, and the account a metrics scraper (Prometheus) logs in with.
 *
 * @param figuresMaxAge how long the case figures of the metrics (open incidents, overdue and
 *     unassigned tasks, cases by outcome) are reused before the database is asked again; every
 *     scrape within it is answered without a query
 * @param user the user a metrics scraper logs in with to the management port (HTTP Basic), in the
 *     group {@code monitoring}: it may read health and metrics, nothing else. Created at start-up
 *     when set; empty for none (then only admins read them)
 * @param password that user's password; required when {@code user} is set. A changed password
 *     takes effect at the next start-up
 */
@Validated
@ConfigurationProperties("review-recovery.monitoring")
public record MonitoringProperties(
    @NotNull @DurationMin(seconds = 1) Duration figuresMaxAge,
    String user,
    String password) {

  public MonitoringProperties {
    if (user != null && !user.isBlank() && (password == null || password.isBlank())) {
      throw new IllegalArgumentException("review-recovery.monitoring.user is set, so set its password too: "
          + "review-recovery.monitoring.password (REVIEW_RECOVERY_MONITORING_PASSWORD)");
    }
  }

  /** Whether a monitoring user is configured. */
  public boolean hasUser() {
    return user != null && !user.isBlank();
  }
}
