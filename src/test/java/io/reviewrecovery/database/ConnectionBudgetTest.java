package io.reviewrecovery.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

class ConnectionBudgetTest {

  private final CamundaBpmProperties camunda = new CamundaBpmProperties();

  @Test
  void aPoolWithRoomForTheJobsAndFourMoreStarts() {
    assertThatCode(() -> budget(7, 3).afterPropertiesSet()).doesNotThrowAnyException();
  }

  @Test
  void aPoolThatTheJobsWouldAlmostFillStopsTheStartUpNamingBothSettings() {
    assertThatThrownBy(() -> budget(6, 3).afterPropertiesSet())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("REVIEW_RECOVERY_DB_POOL_SIZE) has 6 connections")
        .hasMessageContaining("up to 3 jobs at once")
        .hasMessageContaining("REVIEW_RECOVERY_JOB_THREADS")
        .hasMessageContaining("at least 7");
  }

  @Test
  void withoutAJobExecutorThePoolIsNotChecked() {
    ConnectionBudget budget = budget(1, 3);
    camunda.getJobExecution().setEnabled(false);
    assertThatCode(budget::afterPropertiesSet).doesNotThrowAnyException();
  }

  private ConnectionBudget budget(int poolSize, int jobThreads) {
    HikariDataSource pool = new HikariDataSource();
    pool.setMaximumPoolSize(poolSize);
    camunda.getJobExecution().setEnabled(true);
    camunda.getJobExecution().setCorePoolSize(jobThreads);
    camunda.getJobExecution().setMaxPoolSize(jobThreads);
    return new ConnectionBudget(pool, camunda);
  }
}
