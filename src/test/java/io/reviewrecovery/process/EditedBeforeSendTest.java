package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.review.Channel;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is sent is checked when it is sent, not only when a person completed the task: between the
 * two an operator may change a variable in Cockpit (docs/compliance.md tells them to fix the cause and
 * retry a failed job). A text that breaks a rule is not sent, and the job becomes an incident at
 * once, quoting the breach.
 */
@ReviewRecoveryTest
class EditedBeforeSendTest {

  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired CommunicationLog communicationLog;

  private CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @Test
  void aPublicReplyChangedAfterApprovalToNameTheCustomer_isNotPosted_andIsAnIncidentAtOnce() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    String draft = cases.variable(instance, PUBLIC_REPLY_TEXT);
    formService.submitTaskForm(cases.task(instance, TASK_APPROVE_PUBLIC_REPLY).getId(), FormInput.with(PUBLIC_REPLY_TEXT, draft).asMap());

    runtimeService.setVariables(instance.getId(), VariableValues.with(PUBLIC_REPLY_TEXT, "Dear Jane, " + draft).asVariableMap());

    Incident incident = failsAtOnce(instance, TASK_POST_PUBLIC_REPLY);
    assertThat(incident.getIncidentMessage()).contains("\"Jane\" is the customer's name", "Not retried");
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind)
        .as("the outreach only, no public reply").containsExactly(CommunicationKind.OUTREACH);
  }

  @Test
  void anApologyChangedAfterTheAgentCompletedItToOfferSomethingForRemovingTheReview_isNotSent_andIsAnIncidentAtOnce() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    formService.submitTaskForm(cases.task(instance, TASK_PREPARE_OUTREACH).getId(), CaseDriver.refundProposal(Channel.EMAIL).asMap());

    runtimeService.setVariables(instance.getId(), VariableValues.with(APOLOGY_MESSAGE,
        "We are sorry that your lemon cake arrived late. We will refund you twice over if you delete your review.")
        .asVariableMap());

    Incident incident = failsAtOnce(instance, TASK_SEND_PRIVATE_OUTREACH);
    assertThat(incident.getIncidentMessage()).contains(
        "Apology: \"We will refund you twice over if you delete your review.\" offers something for changing or "
            + "removing the review", "Not retried");
    assertThat(communicationLog.forCase(instance.getBusinessKey())).as("nothing sent").isEmpty();
  }

  /** Runs the job, which must fail without retries, and returns the incident it became. */
  private Incident failsAtOnce(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(JobFailure.class);
    Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).as("retries left").isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(activityId);
    return incident;
  }
}
