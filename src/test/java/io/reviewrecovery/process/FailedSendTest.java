package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_SEND_PRIVATE_OUTREACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.messaging.CommunicationLog;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A send that fails is retried and then becomes an incident an operator sees in Cockpit; it never
 * undoes the work a person completed before it, and leaves no trace of a message that was not sent.
 * The failure is real: the customer's only email address disappears after the proposal was made.
 */
@ReviewRecoveryTest
class FailedSendTest {

  private static final long CUSTOMER_ID = 4001;

  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired CommunicationLog communicationLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewRecoveryProperties properties;

  @AfterEach
  void removeTheCustomer() {
    jdbc.update("delete from customer_transaction where customer_id = ?", CUSTOMER_ID);
    jdbc.update("delete from customer where id = ?", CUSTOMER_ID);
  }

  @Test
  void aFailingSendIsRetriedThenBecomesAnIncident_andThePersonsProposalStaysDone() {
    jdbc.update("insert into customer (id, full_name, email, phone) values (?, 'Oliver Quill', 'oliver.quill@example.test', null)",
        CUSTOMER_ID);
    jdbc.update("insert into customer_transaction (id, customer_id, order_reference, purchased_on, description, amount) "
        + "values (?, ?, 'HSB-40011', ?, 'Brioche loaf', 6.50)", CUSTOMER_ID, CUSTOMER_ID, LocalDate.now(ZoneOffset.UTC).minusDays(3));
    CaseDriver cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    ProcessInstance instance = cases.receive("Oliver Quill", null);
    cases.complete(instance, TASK_ASSESS_TERMS, Map.of("termsViolated", "false"));
    String prepareTaskId = cases.task(instance, TASK_PREPARE_OUTREACH).getId();
    formService.submitTaskForm(prepareTaskId, Map.of(
        "outreachChannel", "EMAIL",
        "apologyMessage", "We are sorry that your brioche loaf was stale when you collected it on Saturday.",
        "remedyType", "REPLACEMENT"));
    jdbc.update("update customer set email = null where id = ?", CUSTOMER_ID);

    Job send = sendJob(instance);
    assertThatThrownBy(() -> managementService.executeJob(send.getId())).hasMessageContaining("no email address");

    Job retried = sendJob(instance);
    assertThat(retried.getRetries()).as("retries left after the first failure: one per interval of the schedule")
        .isEqualTo(properties.process().deliveryRetryIntervals().size());
    assertThat(retried.getExceptionMessage()).contains("no email address");
    HistoricTaskInstance proposal = historyService.createHistoricTaskInstanceQuery().taskId(prepareTaskId).singleResult();
    assertThat(proposal.getEndTime()).as("the agent's completed proposal is not undone").isNotNull();
    assertThat(runtimeService.getVariable(instance.getId(), "proposalCount")).isEqualTo(1);

    managementService.setJobRetries(retried.getId(), 1);
    assertThatThrownBy(() -> managementService.executeJob(retried.getId())).hasMessageContaining("no email address");

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).as("an incident for Cockpit").isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(TASK_SEND_PRIVATE_OUTREACH);
    assertThat(incident.getIncidentMessage()).contains("no email address");
    assertThat(communicationLog.forCase(instance.getBusinessKey())).as("nothing logged as sent").isEmpty();
  }

  private Job sendJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TASK_SEND_PRIVATE_OUTREACH)
        .singleResult();
  }
}
