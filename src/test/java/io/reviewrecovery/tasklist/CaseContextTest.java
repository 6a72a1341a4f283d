package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What every task of a case tells the person who opens it: the review at a glance and the case so far. */
@Tag("postgres")
@ReviewRecoveryTest
class CaseContextTest {

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;

  private final CaseDriver cases;

  @Autowired
  CaseContextTest(ReviewIntake intake, RuntimeService runtimeService, TaskService taskService, FormService formService,
      ManagementService managementService) {
    this.cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @Test
  void aTaskIsNamedAndDescribedWithThePlatformTheRatingAndTheStartOfTheReview() {
    Task assessment = cases.task(cases.receiveReviewFromSampleCustomer(), TASK_ASSESS_TERMS);

    assertThat(assessment.getName())
        .isEqualTo("Assess review against platform terms · Google · 1★ · “The lemon cake for my daughter's party…”");
    assertThat(assessment.getDescription()).isEqualTo("Google · 1★ · “The lemon cake for my daughter's party arrived "
        + "two hours late and the icing had melted.”");
  }

  @Test
  void eachFormShowsWhatHappenedSoFarInTheCase() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    assertThat(history(instance, TASK_ASSESS_TERMS)).startsWith("Nothing yet");

    taskService.claim(cases.task(instance, TASK_ASSESS_TERMS).getId(), "manager");
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    assertThat(history(instance, TASK_PREPARE_OUTREACH))
        .contains("Assess review against platform terms: done by manager")
        .contains("Breaks the platform's terms: no");

    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    assertThat(history(instance, TASK_RECORD_CUSTOMER_ANSWER))
        .contains("Prepare apology and remedy: done")
        .contains("Apology and remedy sent by email")
        .contains("Proposals made: 1", "Channel of the current proposal: email", "Remedy: refund", "Refund amount (GBP): 25.00");
  }

  @Test
  void aStepThatRanOutOfTimeIsShownAsClosedByTheCase() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));

    cases.fireTimer(instance, BOUNDARY_NO_CUSTOMER_ANSWER);

    assertThat(history(instance, TASK_APPROVE_PUBLIC_REPLY))
        .contains("Record customer's answer: closed by the case (no answer in time, or the platform told us)");
  }

  @Test
  void aHistoryLongerThanTheEngineKeepsIsCut() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL)
        .and(REMEDY_DETAILS, "The refund goes back to the card you paid with. ".repeat(20).strip()));
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true)
        .and(CUSTOMER_ANSWER_NOTE, "She said yes on the phone. ".repeat(70).strip()));
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true)
        .and(REMEDY_IMPLEMENTATION_NOTE, "Refund issued today. ".repeat(90).strip()));

    String history = history(instance, TASK_RECORD_SATISFACTION);
    assertThat(history).hasSize(CaseHistory.MAX_LENGTH).endsWith("…").contains("Assess review against platform terms: done");
  }

  @Test
  void theHistoryIsTheTasksOwnAndNeverTakenBackFromAForm() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    Task assessment = cases.task(instance, TASK_ASSESS_TERMS);
    assertThat(runtimeService.getVariableLocal(instance.getId(), CASE_HISTORY.name())).as("not a variable of the case").isNull();

    FormInput submitted = FormInput.answer(TERMS_VIOLATED, false).and(CASE_HISTORY, "Nothing happened");
    assertThatThrownBy(() -> formService.submitTaskForm(assessment.getId(), submitted.asMap()))
        .hasMessageContaining("'Assess review against platform terms' does not take caseHistory");
  }

  @Test
  void theHistoryIsShownWhileTheTaskIsOpenButNotRecordedAgainInTheAudit() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    taskService.claim(cases.task(instance, TASK_ASSESS_TERMS).getId(), "manager");
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    assertThat(history(instance, TASK_PREPARE_OUTREACH)).contains("Assess review against platform terms: done by manager");

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(CASE_HISTORY.name()).count()).isZero();
    List<String> recorded = historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
        .list().stream().map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
    assertThat(recorded).as("the form value submitted is in the audit, the derived history is not")
        .contains(TERMS_VIOLATED.name()).doesNotContain(CASE_HISTORY.name());
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_ASSESS_TERMS).singleResult().getAssignee()).isEqualTo("manager");
  }

  private String history(ProcessInstance instance, String taskKey) {
    return CASE_HISTORY.from(taskService.getVariablesLocal(cases.task(instance, taskKey).getId()));
  }
}
