package io.reviewrecovery.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Stops a start-up whose connection pool cannot serve the job executor and the rest at once. Each
 * job holds a connection while it runs; besides the jobs, the job acquisition, the schedulers and
 * the web requests need theirs, or jobs and requests wait for one another until they time out.
 */
@Component
public class ConnectionBudget implements InitializingBean {

  /** The job acquisition, the scheduled tasks (they run one at a time) and at least two web requests. */
  static final int CONNECTIONS_BESIDES_JOBS = 4;

  private final DataSource dataSource;
  private final CamundaBpmProperties camunda;

  public ConnectionBudget(DataSource dataSource, CamundaBpmProperties camunda) {
    this.dataSource = dataSource;
    this.camunda = camunda;
  }

  @Override
  public void afterPropertiesSet() {
    if (!(dataSource instanceof HikariDataSource pool) || !camunda.getJobExecution().isEnabled()) {
      return;
    }
    int jobThreads = Math.max(camunda.getJobExecution().getCorePoolSize(), camunda.getJobExecution().getMaxPoolSize());
    int needed = jobThreads + CONNECTIONS_BESIDES_JOBS;
    if (pool.getMaximumPoolSize() < needed) {
      throw new IllegalStateException(("The connection pool (spring.datasource.hikari.maximum-pool-size, "
          + "REVIEW_RECOVERY_DB_POOL_SIZE) has %d connections, but the job executor runs up to %d jobs at once "
          + "(camunda.bpm.job-execution.max-pool-size, REVIEW_RECOVERY_JOB_THREADS), each holding one, and %d more "
          + "are needed beside them: make the pool at least %d, plus the web requests served at once")
          .formatted(pool.getMaximumPoolSize(), jobThreads, CONNECTIONS_BESIDES_JOBS, needed));
    }
  }
}
