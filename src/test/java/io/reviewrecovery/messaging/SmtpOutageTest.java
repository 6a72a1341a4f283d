package io.reviewrecovery.messaging;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_SEND_PRIVATE_OUTREACH;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail server is down when the proposal is to be sent: the step fails and is retried on the
 * configured schedule (review-recovery.process.delivery-retry-intervals), with no incident while
 * retries remain, and once the server is back the email goes out, once. An outage longer than the
 * whole schedule ends in an incident, and the operator's retry of it sends the email once too.
 * The clock is moved through the schedule; the jobs are run here, as the job executor would.
 */
class SmtpOutageTest extends EmailIntegrationTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired ReviewIntake intake;
  @Autowired CommunicationLog communicationLog;
  @Autowired ReviewRecoveryProperties properties;
  @Autowired MeterRegistry meters;

  CaseDriver cases;
  List<Duration> schedule;

  @BeforeEach
  void setUp() {
    init(processEngine);
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    schedule = properties.process().deliveryRetryIntervals();
    ClockUtil.setCurrentTime(Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
  }

  @AfterEach
  void serverBackAndClockReset() {
    ClockUtil.reset();
    if (SMTP.getSmtp() == null || !SMTP.getSmtp().isRunning()) {
      SMTP.start();
    }
  }

  @Test
  void theDefaultScheduleBacksOffOverAboutAnHour() {
    assertThat(schedule).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
        Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(30));
  }

  @Test
  void anOutageShorterThanTheScheduleHealsItself_andTheEmailGoesOutOnce() throws Exception {
    ProcessInstance instance = proposalSentWhileTheMailServerIsDown();
    Instant firstFailure = ClockUtil.getCurrentTime().toInstant();
    double failedBefore = emails(CommunicationLog.MESSAGES_FAILED);
    double sentBefore = emails(CommunicationLog.MESSAGES_SENT);

    for (int failure = 1; failure <= schedule.size(); failure++) {
      Job job = sendJob(instance);
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Mail server connection failed");

      Job failed = sendJob(instance);
      Instant due = ClockUtil.getCurrentTime().toInstant().plus(schedule.get(failure - 1));
      assertThat(failed.getDuedate()).as("due after failure %d", failure).isEqualTo(Date.from(due));
      assertThat(failed.getRetries()).as("retries left after failure %d", failure).isEqualTo(schedule.size() + 1 - failure);
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count())
          .as("incidents while retries remain").isZero();
      assertThat(communicationLog.forCase(instance.getBusinessKey())).as("nothing logged as sent").isEmpty();

      ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
      assertThat(executable(failed)).as("the retry waits for its due date").isFalse();
      ClockUtil.setCurrentTime(Date.from(due));
      assertThat(executable(failed)).as("and is due then").isTrue();
    }
    assertThat(Duration.between(firstFailure, ClockUtil.getCurrentTime().toInstant()))
        .as("the outage the schedule outlasts").isEqualTo(Duration.ofMinutes(68));

    SMTP.start();
    managementService.executeJob(sendJob(instance).getId());
    cases.runAsyncJobs(instance.getId());

    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).extracting(MimeMessage::getMessageID)
        .containsExactly("<%s.OUTREACH.1@harbourstreetbakery.example>".formatted(instance.getBusinessKey().replace(':', '.')));
    assertThat(communicationLog.forCase(instance.getBusinessKey())).hasSize(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(emails(CommunicationLog.MESSAGES_FAILED) - failedBefore).as("failed attempts counted")
        .isEqualTo(schedule.size());
    assertThat(emails(CommunicationLog.MESSAGES_SENT) - sentBefore).as("the one email sent counted").isEqualTo(1);
  }

  /** The count of the metric for proposals by email so far. */
  private double emails(String metric) {
    return Search.in(meters).name(metric).tag("channel", "email").tag("kind", "outreach").counters().stream()
        .mapToDouble(counter -> counter.count()).sum();
  }

  @Test
  void anOutageLongerThanTheScheduleEndsInAnIncident_andRetryingItInBulkSendsTheEmailOnce() {
    ProcessInstance instance = proposalSentWhileTheMailServerIsDown();

    for (int attempt = 0; attempt <= schedule.size(); attempt++) {
      Job job = sendJob(instance);
      ClockUtil.setCurrentTime(job.getDuedate() == null ? ClockUtil.getCurrentTime() : job.getDuedate());
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Mail server connection failed");
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).as("an incident once every retry failed").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(TASK_SEND_PRIVATE_OUTREACH);
    assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");

    Job failed = sendJob(instance);
    assertThat(executable(failed)).as("a job without retries does not run").isFalse();

    SMTP.start();
    // What README's "After a long outage" tells the operator: POST /engine-rest/job/retries with
    // {"retries": 1, "dueDate": null, "jobQuery": {"activityId": ..., "noRetriesLeft": true}}
    // (here for this case only, so as not to touch the other tests' cases).
    Batch retry = managementService.setJobRetriesByJobsAsync(1)
        .jobQuery(managementService.createJobQuery().processInstanceId(instance.getId())
            .activityId(TASK_SEND_PRIVATE_OUTREACH).noRetriesLeft())
        .dueDate(null)
        .executeAsync();
    runBatch(retry);
    assertThat(executable(failed)).as("due at once, not at the last retry's due date").isTrue();
    managementService.executeJob(failed.getId());
    cases.runAsyncJobs(instance.getId());

    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).hasSize(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).as("incident resolved").isZero();
  }

  /** A case whose proposal by email is made while the mail server is down: its send step is next. */
  private ProcessInstance proposalSentWhileTheMailServerIsDown() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    SMTP.stop();
    formService.submitTaskForm(cases.task(instance, TASK_PREPARE_OUTREACH).getId(), CaseDriver.refundProposal(Channel.EMAIL).asMap());
    return instance;
  }

  private Job sendJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TASK_SEND_PRIVATE_OUTREACH)
        .singleResult();
  }

  private boolean executable(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).executable().count() == 1;
  }

  /** Runs the batch's seed job, the jobs it created and its monitor job, as the job executor would. */
  private void runBatch(Batch batch) {
    for (String definition : new String[] {batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId()}) {
      managementService.createJobQuery().jobDefinitionId(definition).list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
