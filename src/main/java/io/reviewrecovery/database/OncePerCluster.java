package io.reviewrecovery.database;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a schedule's work on one node of a cluster at a time, and once per period across all of
 * them: every node keeps its schedule, and each run first takes the schedule's row in the
 * {@code shedlock} table (ShedLock, on the database's clock, so the nodes' clocks do not matter).
 * The row stays taken for the whole period, even when the run was quicker, so another node whose
 * schedule fires a moment later skips it. A node that stops while running holds the row for at most
 * {@link #LONGEST_RUN} past the period; then another takes over.
 *
 * <p>Why not a Camunda timer start event: it would start a process instance per run, one a minute
 * for the redelivery of platform events, and its history would outgrow the cases'.
 */
@Component
public class OncePerCluster {

  /** How much longer than its period one run may take before another node may start the next. */
  static final Duration LONGEST_RUN = Duration.ofMinutes(10);

  private final LockingTaskExecutor executor;

  public OncePerCluster(DataSource dataSource) {
    this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
        .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
  }

  /**
   * Runs {@code work} unless another node runs it now or ran it less than {@code period} ago.
   *
   * @param schedule the schedule's name, the same on every node (at most 64 characters)
   */
  public void run(String schedule, Duration period, Runnable work) {
    executor.executeWithLock(work, new LockConfiguration(Instant.now(), schedule, period.plus(LONGEST_RUN), period));
  }
}
