package io.reviewrecovery;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewIntake;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job that a node took and never finished, because the node vanished (a {@code kill -9}), is run
 * by another node once its lock has run out: not before, and promptly after. The vanished node
 * takes the job as every node does (Camunda's own acquisition, with its lock owner and lock time),
 * in the transaction that created the job, so this node's job executor never sees it unlocked.
 * The lock is a few seconds here, which the start-up check allows because the platform timeouts
 * are a fraction of a second; in production it is minutes (see application.yml).
 */
@Tag("postgres")
@ReviewRecoveryTest
@TestPropertySource(properties = {
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.lock-time-in-millis=" + VanishedNodeJobTest.LOCK_MILLIS,
    "camunda.bpm.job-execution.max-wait=" + VanishedNodeJobTest.MAX_WAIT_MILLIS,
    "camunda.bpm.generic-properties.properties.hostname=" + VanishedNodeJobTest.THIS_NODE,
    "review-recovery.platforms.http.connect-timeout=PT0.2S",
    "review-recovery.platforms.http.read-timeout=PT0.2S"})
class VanishedNodeJobTest {

  static final int LOCK_MILLIS = 4000;
  static final int MAX_WAIT_MILLIS = 200;
  static final String THIS_NODE = "surviving-node";
  private static final String VANISHED_NODE = "vanished-node";

  @Autowired ProcessEngine processEngine;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired ReviewIntake intake;
  @Autowired TransactionTemplate transaction;
  @Autowired JobExecutor jobExecutor;

  @Test
  void aJobLockedByAVanishedNodeRunsHereOnceItsLockRunsOut_notBefore() {
    init(processEngine);
    assertThat(jobExecutor.getLockTimeInMillis()).as("the configured lock time").isEqualTo(LOCK_MILLIS);

    String[] instanceId = new String[1];
    Instant beforeTaking = Instant.now();
    Instant taken = transaction.execute(status -> {
      instanceId[0] = intake.receive(review()).reviewCase().processInstanceId();
      AcquiredJobs acquired = engineConfiguration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(vanishedNode()));
      assertThat(acquired.size()).as("jobs the vanished node took").isOne();
      return Instant.now();
    });
    JobEntity locked = (JobEntity) managementService.createJobQuery().processInstanceId(instanceId[0]).messages().singleResult();
    assertThat(locked.getLockOwner()).isEqualTo(VANISHED_NODE);
    Instant lockRunsOut = locked.getLockExpirationTime().toInstant();
    assertThat(lockRunsOut).as("taken for the lock time").isBetween(beforeTaking.plusMillis(LOCK_MILLIS), taken.plusMillis(LOCK_MILLIS));

    await("this node ran the vanished node's job").atMost(Duration.ofMillis(LOCK_MILLIS + MAX_WAIT_MILLIS).plusSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> managementService.createJobQuery().jobId(locked.getId()).count() == 0);

    List<HistoricJobLog> log = historyService.createHistoricJobLogQuery().jobId(locked.getId())
        .orderPartiallyByOccurrence().asc().list();
    assertThat(log).as("created, then run once, successfully").hasSize(2);
    HistoricJobLog ran = log.get(1);
    assertThat(ran.isSuccessLog()).isTrue();
    assertThat(ran.getHostname()).isEqualTo(THIS_NODE);
    assertThat(ran.getTimestamp()).as("run after the lock ran out, not before").isAfterOrEqualTo(Date.from(lockRunsOut))
        .as("and at this node's next look for jobs").isBefore(Date.from(lockRunsOut.plusMillis(MAX_WAIT_MILLIS).plusSeconds(3)));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId[0]).singleResult();
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
  }

  /** Another node's job executor, as far as taking jobs goes: its own lock owner, the cluster's lock time. */
  private JobExecutor vanishedNode() {
    JobExecutor node = new DefaultJobExecutor();
    node.setLockOwner(VANISHED_NODE);
    node.setLockTimeInMillis(jobExecutor.getLockTimeInMillis());
    return node;
  }

  private static NewReview review() {
    String reviewId = "vanished-node-" + System.nanoTime();
    return new NewReview("google", reviewId, 1, "The lemon cake arrived two hours late and the icing had melted.",
        "Jane Doe", "jane.doe@example.com", "HSB-10231", null, Instant.now().minus(1, ChronoUnit.HOURS));
  }
}
