package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.reviewrecovery.JobExecutorOnPostgres;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.CaseFile;
import io.reviewrecovery.cases.CaseFiles;
import io.reviewrecovery.cases.CaseOutcome;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.platform.PlatformDirectMessages;
import io.reviewrecovery.platform.PlatformEvents;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.TermsViolationReason;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The real BPMN with the real delegates, listeners and services, over the local deliveries: every
 * path to every end event, every gateway branch and boundary event. The class fails if any
 * sequence flow of the model was never taken; the coverage listener draws the paths in a report
 * under {@code target/process-test-coverage}. In the PostgreSQL test run, the job executor runs the
 * jobs while the tests wait for them.
 */
@ReviewRecoveryTest
@Import({ProcessEngineCoverageConfiguration.class, NegativeReviewRecoveryProcessTest.RecordSequenceFlows.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Tag("postgres")
@JobExecutorOnPostgres
class NegativeReviewRecoveryProcessTest {

  @TestConfiguration
  static class RecordSequenceFlows {
    @Bean
    SequenceFlowRecorder sequenceFlowRecorder() {
      return new SequenceFlowRecorder();
    }
  }

  @AfterAll
  static void everySequenceFlowWasTaken() throws IOException {
    try (InputStream bpmn = new ClassPathResource("processes/NegativeReviewRecovery.bpmn").getInputStream()) {
      List<String> flows = Bpmn.readModelFromStream(bpmn).getModelElementsByType(SequenceFlow.class).stream()
          .map(SequenceFlow::getId).toList();
      assertThat(SequenceFlowRecorder.TAKEN).as("sequence flows taken by the tests of this class")
          .containsAll(flows);
    }
  }

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired CommunicationLog communicationLog;
  @Autowired PlatformEvents platformEvents;
  @Autowired io.reviewrecovery.cases.ReviewIntake intake;
  @Autowired CaseFiles caseFiles;
  @Autowired io.reviewrecovery.platform.PlatformEventInbox platformEventInbox;
  @MockitoSpyBean PlatformDirectMessages directMessages;

  CaseDriver cases;

  @AfterEach
  void resetTheEnginesClock() {
    ClockUtil.reset();
  }

  @BeforeEach
  void setUp() {
    init(processEngine);
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  // --- the happy path ---------------------------------------------------------------------------

  @Test
  void happyPath_verifiedCustomerAcceptsRefund_isSatisfied_andUpdatesTheReview() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    assertThat(instance).hasPassed(START_REVIEW_RECEIVED, TASK_VERIFY_REVIEWER).isWaitingAt(TASK_ASSESS_TERMS);
    assertThat(cases.variable(instance, REVIEWER_VERIFIED)).isTrue();
    assertThat(cases.variable(instance, TERMS_PRE_SCREEN))
        .isEqualTo("No automatic findings. Read the review yourself: the decision is yours.");

    noTermsViolation(instance);
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    propose(instance, Channel.EMAIL);
    assertThat(instance).hasPassed(TASK_SEND_PRIVATE_OUTREACH).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);

    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true).and(REMEDY_IMPLEMENTATION_NOTE, "Refund R-1"));
    assertThat(instance).hasPassed(TASK_ASK_SATISFACTION).isWaitingAt(TASK_RECORD_SATISFACTION);
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, true));
    assertThat(instance).hasPassed(GATEWAY_UPDATE_REQUEST_ALLOWED, TASK_ASK_REVIEW_UPDATE).isWaitingAt(TASK_FOLLOW_UP_ON_REVIEW);
    cases.complete(instance, TASK_FOLLOW_UP_ON_REVIEW, FormInput.answer(REVIEW_UPDATED, true));

    assertThat(instance).isEnded().hasPassed(END_REVIEW_UPDATED).hasNotPassed(TASK_APPROVE_PUBLIC_REPLY);
    List<Communication> sent = communicationLog.forCase(instance.getBusinessKey());
    assertThat(sent).extracting(Communication::kind).containsExactly(
        CommunicationKind.OUTREACH, CommunicationKind.SATISFACTION_CHECK, CommunicationKind.UPDATE_REQUEST);
    assertThat(sent).extracting(Communication::recipient).containsOnly("jane.doe@example.com");
    Communication outreach = sent.get(0);
    assertThat(outreach.body()).contains("icing had melted", "£25.00", "it is yours either way", "I accept: http://localhost:8080/respond/")
        .doesNotContainIgnoringCase("review");
    assertThat(sent.get(2).body()).contains("update it").doesNotContainIgnoringCase("remove");
  }

  @Test
  void platformReportsTheUpdate_whileStaffFollowUp_endsAsUpdated() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    resolveToSatisfaction(instance, Channel.EMAIL);
    assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_ON_REVIEW);

    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_UPDATED);

    assertThat(instance).isEnded().hasPassed(START_REVIEW_UPDATED, END_REVIEW_UPDATED_MID_CASE);
  }

  // --- terms of service -------------------------------------------------------------------------

  @Test
  void termsViolated_reportedToPlatform_whichRemovesTheReview() {
    ProcessInstance instance = cases.receive("Randall Fake", null);
    assertThat(cases.variable(instance, REVIEWER_VERIFIED)).isFalse();
    assertThat(cases.variable(instance, VERIFICATION_FINDING)).startsWith("Not a customer");
    assertThat(cases.variable(instance, TERMS_PRE_SCREEN)).startsWith("- Not verified");

    reportTermsViolation(instance);
    assertThat(instance).isWaitingAt(TASK_REPORT_TO_PLATFORM);
    String report = cases.variable(instance, PLATFORM_REPORT_TEXT);
    assertThat(report).contains("The reviewer was never a customer", "No order under this name",
        "We find no customer of ours with this reviewer's name or email address",
        "https://maps.example.com/reviews/");

    cases.complete(instance, TASK_REPORT_TO_PLATFORM, FormInput.with(PLATFORM_REPORT_REFERENCE, "GBP-REPORT-4411"));
    assertThat(instance).isWaitingAt(TASK_RECORD_PLATFORM_DECISION);
    cases.complete(instance, TASK_RECORD_PLATFORM_DECISION, FormInput.answer(REVIEW_REMOVED_BY_PLATFORM, true));

    assertThat(instance).isEnded().hasPassed(END_REVIEW_REMOVED_BY_PLATFORM).hasNotPassed(TASK_PREPARE_OUTREACH);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).as("nothing is sent to a non-customer").isEmpty();
  }

  @Test
  void termsViolated_platformReportsRemoval_beforeAnyoneRecordsIt() {
    ProcessInstance instance = reportedToPlatform();

    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_REMOVED);

    assertThat(instance).isEnded().hasPassed(START_REVIEW_REMOVED, GATEWAY_REPORTED_TO_PLATFORM, END_REPORTED_REVIEW_REMOVED);
    assertThat(caseFiles.find(instance.getBusinessKey()).orElseThrow().outcome()).isEqualTo(CaseOutcome.REVIEW_REMOVED_BY_PLATFORM);
  }

  @Test
  void termsViolated_platformRefusesRemoval_soWeReachOutPrivately() {
    ProcessInstance instance = reportedToPlatform();

    cases.complete(instance, TASK_RECORD_PLATFORM_DECISION, FormInput.answer(REVIEW_REMOVED_BY_PLATFORM, false));

    assertThat(instance).hasPassed(GATEWAY_REVIEW_REMOVED).isWaitingAt(TASK_PREPARE_OUTREACH);
  }

  @Test
  void termsViolated_platformDoesNotDecideInTime_soWeReachOutPrivately() {
    ProcessInstance instance = reportedToPlatform();
    assertDueIn(cases.timer(instance, BOUNDARY_NO_PLATFORM_DECISION), Duration.ofDays(14));
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);

    cases.fireTimer(instance, BOUNDARY_NO_PLATFORM_DECISION);

    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH, EVENT_FIRST_OUTREACH_DUE_AGAIN).hasNotPassed(GATEWAY_REVIEW_REMOVED);
    assertThat(cases.hasVariable(instance, PLATFORM_ANSWERED_AT)).isTrue();
  }

  // --- the customer's answers -------------------------------------------------------------------

  @Test
  void customerRefusesTheRemedy_soWeReplyPublicly_withoutClaimingItWasResolved() {
    ProcessInstance instance = proposed(Channel.EMAIL);

    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    String draft = cases.variable(instance, PUBLIC_REPLY_TEXT);
    assertThat(draft).contains("We sincerely apologize for the initial experience", "care@harbourstreetbakery.example")
        .doesNotContain("resolved", "Jane", "£", "refund");
    String tooLong = draft + "\n" + "Merci à toute l'équipe. ".repeat(160);
    assertThat(tooLong.length()).as("fewer characters than the limit, more bytes").isLessThan(4096);
    String approvalTask = cases.task(instance, TASK_APPROVE_PUBLIC_REPLY).getId();
    assertThatThrownBy(() -> formService.submitTaskForm(approvalTask, FormInput.with(PUBLIC_REPLY_TEXT, tooLong).asMap()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("at most 4096 bytes");

    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, draft));

    assertThat(instance).isEnded().hasPassed(TASK_POST_PUBLIC_REPLY, END_PUBLIC_REPLY_POSTED);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind)
        .containsExactly(CommunicationKind.OUTREACH, CommunicationKind.PUBLIC_REPLY);
  }

  @Test
  void customerDoesNotAnswerInTime_soWeReplyPublicly() {
    ProcessInstance instance = proposed(Channel.EMAIL);
    assertDueIn(cases.timer(instance, BOUNDARY_NO_CUSTOMER_ANSWER), Duration.ofDays(7));

    cases.fireTimer(instance, BOUNDARY_NO_CUSTOMER_ANSWER);

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY).hasNotPassed(GATEWAY_REMEDY_ACCEPTED);
  }

  @Test
  void phoneProposal_isMadeByTheAgent_andNothingIsSent() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);

    propose(instance, Channel.PHONE);

    assertThat(instance).hasPassed(GATEWAY_CONTACT_BY_PHONE).hasNotPassed(TASK_SEND_PRIVATE_OUTREACH)
        .isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).isEmpty();
    assertThat(cases.hasVariable(instance, FIRST_OUTREACH_AT)).as("the call has not happened yet").isFalse();

    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    assertThat(cases.hasVariable(instance, FIRST_OUTREACH_AT)).as("the call's answer is the first outreach").isTrue();
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true));
    assertThat(communicationLog.forCase(instance.getBusinessKey())).singleElement()
        .satisfies(check -> assertThat(check.channel().name()).as("follow-up in writing after a call").isEqualTo("EMAIL"));
  }

  // --- satisfaction and new proposals -----------------------------------------------------------

  @Test
  void notSatisfied_secondProposal_thenSatisfied() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    propose(instance, Channel.EMAIL);
    acceptAndImplement(instance);
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, false));

    assertThat(instance).hasPassed(GATEWAY_PROPOSAL_LIMIT_REACHED).isWaitingAt(TASK_PREPARE_OUTREACH);
    propose(instance, Channel.EMAIL);
    assertThat(cases.variable(instance, PROPOSAL_COUNT)).isEqualTo(2);
    assertThat(Stream.of(REMEDY_ACCEPTED, REMEDY_IMPLEMENTED, CUSTOMER_SATISFIED).filter(answer -> cases.hasVariable(instance, answer)))
        .as("answers to the earlier proposal").isEmpty();
    acceptAndImplement(instance);
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, true));

    assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_ON_REVIEW);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind).containsExactly(
        CommunicationKind.OUTREACH, CommunicationKind.SATISFACTION_CHECK,
        CommunicationKind.OUTREACH, CommunicationKind.SATISFACTION_CHECK,
        CommunicationKind.UPDATE_REQUEST);
  }

  @Test
  void threeProposalsWithoutSatisfaction_soWeReplyPublicly() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    for (int proposal = 1; proposal <= 3; proposal++) {
      propose(instance, Channel.EMAIL);
      acceptAndImplement(instance);
      cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, false));
    }

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY).hasNotPassed(TASK_ASK_REVIEW_UPDATE);
    assertThat(cases.variable(instance, PROPOSAL_COUNT)).isEqualTo(3);
  }

  @Test
  void customerDoesNotSayWhetherSatisfied_soWeNeverAskForAnUpdate() {
    ProcessInstance instance = proposed(Channel.EMAIL);
    acceptAndImplement(instance);

    cases.fireTimer(instance, BOUNDARY_NO_SATISFACTION_ANSWER);

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY).hasNotPassed(TASK_ASK_REVIEW_UPDATE);
    assertThat(cases.variable(instance, PUBLIC_REPLY_TEXT))
        .as("the remedy was carried out: no claim that it was resolved, nor that an offer stands")
        .contains("in touch with the customer privately").doesNotContain("resolved", "offer");
  }

  // --- the update request -----------------------------------------------------------------------

  @Test
  void customerDeclinesToUpdate_soWeReplyPublicly_thatItWasResolvedPrivately_andNeverAskAgain() {
    platformOffersDirectMessages();
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    resolveToSatisfaction(instance, Channel.PLATFORM_MESSAGE);

    cases.complete(instance, TASK_FOLLOW_UP_ON_REVIEW, FormInput.answer(REVIEW_UPDATED, false));

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    String draft = cases.variable(instance, PUBLIC_REPLY_TEXT);
    assertThat(draft).contains("confirm that this issue was resolved with the customer privately");
    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, draft));

    assertThat(instance).isEnded().hasPassed(END_PUBLIC_REPLY_POSTED);
    List<Communication> sent = communicationLog.forCase(instance.getBusinessKey());
    assertThat(sent).filteredOn(c -> c.kind() == CommunicationKind.UPDATE_REQUEST).hasSize(1);
    assertTheReviewIsLookedUpAgainAfterThirtyDays(instance);
    assertThat(sent).filteredOn(c -> c.kind() == CommunicationKind.PUBLIC_REPLY).singleElement()
        .satisfies(reply -> assertThat(reply.body()).isEqualTo(draft));
    assertThat(sent.get(0).recipient()).isEqualTo("google reviewer Jane Doe (review %s)".formatted(
        runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult() == null
            ? instance.getBusinessKey().substring("google:".length()) : ""));
  }

  @Test
  void trustpilotForbidsAskingForAnUpdate_soTheSatisfiedCustomerIsNotAsked_andWeReplyThatItWasResolved() {
    ProcessInstance instance = cases.receive("trustpilot", "Jane Doe", "jane.doe@example.com");
    resolveToSatisfaction(instance, Channel.EMAIL);

    assertThat(instance).hasPassed(GATEWAY_UPDATE_REQUEST_ALLOWED).hasNotPassed(TASK_ASK_REVIEW_UPDATE)
        .isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    String draft = cases.variable(instance, PUBLIC_REPLY_TEXT);
    assertThat(draft).contains("confirm that this issue was resolved with the customer privately");
    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, draft));

    assertThat(instance).isEnded().hasPassed(END_PUBLIC_REPLY_POSTED);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind).containsExactly(
        CommunicationKind.OUTREACH, CommunicationKind.SATISFACTION_CHECK, CommunicationKind.PUBLIC_REPLY);
  }

  @Test
  void customerIgnoresTheUpdateRequest_soWeReplyPublicly() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    resolveToSatisfaction(instance, Channel.EMAIL);
    assertDueIn(cases.timer(instance, BOUNDARY_NO_REVIEW_UPDATE), Duration.ofDays(14));

    cases.fireTimer(instance, BOUNDARY_NO_REVIEW_UPDATE);

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY).hasNotPassed(GATEWAY_REVIEW_UPDATED);
  }

  // --- the channel suggestion -----------------------------------------------------------------

  @Test
  void theChannelIsSuggestedBeforeEveryProposal_andTheAgentMayChooseAnother() {
    ProcessInstance instance = cases.receive("Priya Natarajan", "priya.n@example.com");
    noTermsViolation(instance);

    assertThat(instance).hasPassed(TASK_SUGGEST_OUTREACH_CHANNEL).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(cases.variable(instance, SUGGESTED_CHANNEL)).isEqualTo(Channel.PHONE);
    assertThat(cases.variable(instance, OUTREACH_CHANNEL)).isEqualTo(Channel.PHONE);
    assertThat(cases.variable(instance, CHANNEL_SUGGESTION_REASON)).contains("high-value");
    assertThat(formService.getTaskFormVariables(cases.task(instance, TASK_PREPARE_OUTREACH).getId()))
        .as("the decision's inputs stay with its task").doesNotContainKeys(EMAIL_ON_RECORD.name(), PHONE_ON_RECORD.name());

    propose(instance, Channel.EMAIL);
    acceptAndImplement(instance);
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, false));

    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(TASK_SUGGEST_OUTREACH_CHANNEL).count()).as("suggested again for the new proposal").isEqualTo(2);
    assertThat(cases.variable(instance, OUTREACH_CHANNEL)).isEqualTo(Channel.PHONE);
  }

  // --- response targets and escalations ---------------------------------------------------------

  @Test
  void aLateFirstOutreachIsEscalatedToReputation_whileTheCaseGoesOn() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    Date due = cases.variable(instance, FIRST_OUTREACH_DUE_AT);
    assertDueIn(due, Duration.ofHours(24));
    assertThat(cases.task(instance, TASK_ASSESS_TERMS).getDueDate()).as("the assessment's own, shorter target").isBefore(due);
    assertThat(cases.timer(instance, START_FIRST_OUTREACH_DUE).getDuedate()).isEqualTo(due);

    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofHours(3))));
    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);

    assertThat(instance).hasPassed(GATEWAY_FIRST_OUTREACH_MADE).isWaitingAt(TASK_ASSESS_TERMS, TASK_CHASE_LATE_OUTREACH);
    Task chase = cases.task(instance, TASK_CHASE_LATE_OUTREACH);
    assertThat(chase.getDueDate()).as("due the chase target after the escalation, not at the missed deadline")
        .isEqualTo(Date.from(due.toInstant().plus(Duration.ofHours(3 + 4))));
    assertThat(chase.getDescription()).contains(instance.getBusinessKey(), "first private outreach", "3 h late",
        "Assess review against platform terms");
    assertThat(taskService.getIdentityLinksForTask(chase.getId())).singleElement()
        .satisfies(link -> assertThat(link.getGroupId()).isEqualTo(GROUP_REPUTATION));
    assertThat(chase.getDescription()).as("what is late first, then the review")
        .startsWith(ESCALATION_SUMMARY.from(formService.getTaskFormVariables(chase.getId())));
    CaseFile.Target firstOutreach = caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets().firstOutreach();
    assertThat(firstOutreach.dueAt()).isEqualTo(due.toInstant());
    assertThat(firstOutreach.escalatedAt()).isNotNull();
    assertThat(firstOutreach.lateBy()).isEqualTo("PT3H");
    assertThat(firstOutreach.metAt()).isNull();

    assertThatThrownBy(() -> formService.submitTaskForm(chase.getId(), FormInput.with(CHASE_OUTCOME, ChaseOutcome.DELAY_JUSTIFIED).asMap()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("why the delay is justified");
    cases.complete(instance, TASK_CHASE_LATE_OUTREACH, FormInput.with(CHASE_OUTCOME, ChaseOutcome.TEAM_REMINDED));

    assertThat(instance).hasPassed(END_LATE_OUTREACH_CHASED).isWaitingAt(TASK_ASSESS_TERMS);
    noTermsViolation(instance);
    assertThat(cases.task(instance, TASK_PREPARE_OUTREACH).getDueDate()).as("still the first deadline").isEqualTo(due);
    propose(instance, Channel.EMAIL);
    assertThat(caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets().firstOutreach().metAt()).isNotNull();
  }

  @Test
  void aFirstOutreachMadeInTime_isNotEscalated() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    Date due = cases.variable(instance, FIRST_OUTREACH_DUE_AT);
    assertThat(cases.task(instance, TASK_PREPARE_OUTREACH).getDueDate()).isEqualTo(due);
    propose(instance, Channel.EMAIL);

    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);

    assertThat(instance).hasPassed(END_FIRST_OUTREACH_ON_TIME).hasNotPassed(TASK_CHASE_LATE_OUTREACH)
        .isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    CaseFile.Target firstOutreach = caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets().firstOutreach();
    assertThat(firstOutreach.metAt()).isNotNull();
    assertThat(firstOutreach.escalatedAt()).isNull();
    assertThat(firstOutreach.lateBy()).isNull();
  }

  @Test
  void aReviewReportedToThePlatform_isNotDueForOutreachUntilThePlatformAnswers_thenAgainAfterTheTarget() {
    ProcessInstance instance = reportedToPlatform();
    Date firstDue = cases.variable(instance, FIRST_OUTREACH_DUE_AT);

    ClockUtil.setCurrentTime(Date.from(firstDue.toInstant().plus(Duration.ofHours(1))));
    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);
    assertThat(instance).hasNotPassed(TASK_CHASE_LATE_OUTREACH).isWaitingAt(TASK_RECORD_PLATFORM_DECISION, EVENT_PLATFORM_ANSWERED);

    ClockUtil.setCurrentTime(Date.from(firstDue.toInstant().plus(Duration.ofDays(5))));
    cases.complete(instance, TASK_RECORD_PLATFORM_DECISION, FormInput.answer(REVIEW_REMOVED_BY_PLATFORM, false));

    Date newDue = cases.variable(instance, FIRST_OUTREACH_DUE_AT);
    assertThat(newDue).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(24))));
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH, EVENT_FIRST_OUTREACH_DUE_AGAIN);
    assertThat(cases.task(instance, TASK_PREPARE_OUTREACH).getDueDate()).isEqualTo(newDue);
    assertThat(cases.timer(instance, EVENT_FIRST_OUTREACH_DUE_AGAIN).getDuedate()).isEqualTo(newDue);

    ClockUtil.setCurrentTime(Date.from(newDue.toInstant().plus(Duration.ofHours(2))));
    cases.fireTimer(instance, EVENT_FIRST_OUTREACH_DUE_AGAIN);
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH, TASK_CHASE_LATE_OUTREACH);
    assertThat(cases.task(instance, TASK_CHASE_LATE_OUTREACH).getDescription()).contains("2 h late", "Prepare apology and remedy");
  }

  @Test
  void thePlatformAnsweringBeforeTheDeadline_movesItLater() {
    ProcessInstance instance = reportedToPlatform();
    Job firstOutreachDue = cases.timer(instance, START_FIRST_OUTREACH_DUE);
    cases.complete(instance, TASK_RECORD_PLATFORM_DECISION, FormInput.answer(REVIEW_REMOVED_BY_PLATFORM, false));
    Date newDue = cases.variable(instance, FIRST_OUTREACH_DUE_AT);
    assertThat(newDue).isAfter(firstOutreachDue.getDuedate());
    ClockUtil.setCurrentTime(firstOutreachDue.getDuedate());

    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);

    assertThat(instance).hasNotPassed(TASK_CHASE_LATE_OUTREACH).isWaitingAt(TASK_PREPARE_OUTREACH, EVENT_FIRST_OUTREACH_DUE_AGAIN);
    assertThat(cases.timer(instance, EVENT_FIRST_OUTREACH_DUE_AGAIN).getDuedate()).isEqualTo(newDue);
  }

  @Test
  void aLatePublicReplyIsEscalated_whileItsApprovalGoesOn_andAnOpenChaseDoesNotHoldTheCaseOpen() {
    ProcessInstance instance = proposed(Channel.EMAIL);
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    Date due = cases.variable(instance, PUBLIC_REPLY_DUE_AT);
    assertDueIn(due, Duration.ofDays(3));
    assertThat(cases.task(instance, TASK_APPROVE_PUBLIC_REPLY).getDueDate()).isEqualTo(due);
    assertThat(cases.timer(instance, BOUNDARY_PUBLIC_REPLY_OVERDUE).getDuedate()).isEqualTo(due);

    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofDays(1))));
    cases.fireTimer(instance, BOUNDARY_PUBLIC_REPLY_OVERDUE);

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY, TASK_CHASE_LATE_PUBLIC_REPLY);
    assertThat(cases.task(instance, TASK_CHASE_LATE_PUBLIC_REPLY).getDescription())
        .contains(instance.getBusinessKey(), "public reply", "1 day late", "Approve public reply");
    assertThat(caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets().publicReply().lateBy())
        .isEqualTo("PT24H");
    Task chase = cases.task(instance, TASK_CHASE_LATE_PUBLIC_REPLY);
    assertThatThrownBy(() -> formService.submitTaskForm(chase.getId(), FormInput.with(CHASE_OUTCOME, ChaseOutcome.TAKEN_OVER).asMap()))
        .as("the application itself cannot take work over").hasMessageContaining("Only a person who is logged in");
    identityService.setAuthentication("manager", List.of(GROUP_REPUTATION));
    try {
      cases.complete(instance, TASK_CHASE_LATE_PUBLIC_REPLY, FormInput.with(CHASE_OUTCOME, ChaseOutcome.TAKEN_OVER));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(instance).hasPassed(END_LATE_PUBLIC_REPLY_CHASED).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(cases.task(instance, TASK_APPROVE_PUBLIC_REPLY).getAssignee()).as("taken over by the chaser").isEqualTo("manager");

    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);
    assertThat(instance).hasPassed(END_FIRST_OUTREACH_ON_TIME);
    String draft = cases.variable(instance, PUBLIC_REPLY_TEXT);
    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, draft));

    assertThat(instance).isEnded().hasPassed(END_PUBLIC_REPLY_POSTED);
    CaseFile file = caseFiles.find(instance.getBusinessKey()).orElseThrow();
    assertThat(file.outcome()).isEqualTo(CaseOutcome.PUBLIC_REPLY_POSTED);
    assertThat(file.responseTargets().publicReply().metAt()).isNotNull();
  }

  @Test
  void aCaseEndsAtItsOutcome_evenWithAChaseStillOpen() {
    ProcessInstance instance = cases.receive("Randall Fake", null);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    cases.fireTimer(instance, START_FIRST_OUTREACH_DUE);
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS, TASK_CHASE_LATE_OUTREACH);
    reportTermsViolation(instance);
    cases.complete(instance, TASK_REPORT_TO_PLATFORM, FormInput.with(PLATFORM_REPORT_REFERENCE, "GBP-REPORT-4413"));

    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_REMOVED);

    assertThat(instance).isEnded().hasPassed(END_REPORTED_REVIEW_REMOVED).hasNotPassed(END_LATE_OUTREACH_CHASED);
    CaseFile file = caseFiles.find(instance.getBusinessKey()).orElseThrow();
    assertThat(file.status()).isEqualTo("ENDED");
    assertThat(file.outcome()).isEqualTo(CaseOutcome.REVIEW_REMOVED_BY_PLATFORM);
    assertThat(file.responseTargets().firstOutreach().escalatedAt()).isNotNull();
  }

  // --- every real review reaches an outcome (issue 13) --------------------------------------------

  /** Problems 1 and 2: a Google reviewer with a display name only, whom nothing on record reaches privately. */
  @Test
  void aReviewerNobodyCanReachPrivately_getsAPromptPublicAcknowledgement_thenThePrivateRemedyOnceTheyGetInTouch() {
    ProcessInstance instance = cases.receive("google", "Jane Doe", null);
    Instant intake = ClockUtil.getCurrentTime().toInstant();
    noTermsViolation(instance);

    assertThat(instance).hasPassed(GATEWAY_PRIVATE_CHANNEL_KNOWN).hasNotPassed(TASK_PREPARE_OUTREACH)
        .isWaitingAt(TASK_APPROVE_ACKNOWLEDGEMENT);
    Task approval = cases.task(instance, TASK_APPROVE_ACKNOWLEDGEMENT);
    assertThat(approval.getDueDate()).as("the acknowledgement target, 4 h from intake")
        .isCloseTo(Date.from(intake.plus(Duration.ofHours(4))), 60_000);
    assertThat(cases.timer(instance, BOUNDARY_ACKNOWLEDGEMENT_OVERDUE).getDuedate()).isEqualTo(approval.getDueDate());
    String draft = (String) runtimeService.getVariable(instance.getId(), "acknowledgementText");
    assertThat(draft).contains("sorry", "care@harbourstreetbakery.example").doesNotContain("Jane", "refund", "fake");
    assertThatThrownBy(() -> formService.submitTaskForm(approval.getId(),
        Map.of("acknowledgementText", draft, "reviewerContactEmail", "jane@example.net")))
        .as("contact details are recorded on their own task only")
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("does not take reviewerContactEmail");
    assertThatThrownBy(() -> formService.submitTaskForm(approval.getId(),
        Map.of("acknowledgementText", "Jane, we will refund your £25.")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("\"Jane\" is the customer's name");

    cases.complete(instance, TASK_APPROVE_ACKNOWLEDGEMENT, FormInput.with(ACKNOWLEDGEMENT_TEXT, draft));

    assertThat(instance).hasPassed(TASK_POST_ACKNOWLEDGEMENT).isWaitingAt(TASK_RECORD_REVIEWER_CONTACT);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).singleElement().satisfies(posted -> {
      assertThat(posted.kind()).isEqualTo(CommunicationKind.PUBLIC_ACKNOWLEDGEMENT);
      assertThat(posted.body()).isEqualTo(draft);
    });
    String contactTask = cases.task(instance, TASK_RECORD_REVIEWER_CONTACT).getId();
    assertThatThrownBy(() -> formService.submitTaskForm(contactTask, Map.of("reviewerContactEmail", "jane at home")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("email address");
    assertThatThrownBy(() -> formService.submitTaskForm(contactTask, Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("email address or a phone number");

    cases.complete(instance, TASK_RECORD_REVIEWER_CONTACT, FormInput.with(REVIEWER_CONTACT_EMAIL, "jane.d@example.net"));

    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(instance).variables().containsEntry("suggestedChannel", "EMAIL");
    propose(instance, Channel.EMAIL);
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind, Communication::recipient)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CommunicationKind.PUBLIC_ACKNOWLEDGEMENT, "google review "
                + instance.getBusinessKey().substring("google:".length())),
            org.assertj.core.groups.Tuple.tuple(CommunicationKind.OUTREACH, "jane.d@example.net"));
  }

  @Test
  void theAcknowledgementIsPostedOncePerCase_evenWhenItsStepRunsAgain() {
    ProcessInstance instance = cases.receive("google", "Jane Doe", null);
    noTermsViolation(instance);
    String draft = (String) runtimeService.getVariable(instance.getId(), "acknowledgementText");
    cases.complete(instance, TASK_APPROVE_ACKNOWLEDGEMENT, FormInput.with(ACKNOWLEDGEMENT_TEXT, draft));

    runtimeService.createProcessInstanceModification(instance.getId())
        .startBeforeActivity(TASK_POST_ACKNOWLEDGEMENT).execute();
    cases.runAsyncJobs(instance.getId());

    assertThat(communicationLog.forCase(instance.getBusinessKey()))
        .filteredOn(c -> c.kind() == CommunicationKind.PUBLIC_ACKNOWLEDGEMENT).hasSize(1);
  }

  @Test
  void aReviewerWhoNeverGetsInTouch_endsWithTheAcknowledgementAsThePublicReply() {
    ProcessInstance instance = cases.receive("google", "Jane Doe", null);
    noTermsViolation(instance);
    String draft = (String) runtimeService.getVariable(instance.getId(), "acknowledgementText");
    cases.complete(instance, TASK_APPROVE_ACKNOWLEDGEMENT, FormInput.with(ACKNOWLEDGEMENT_TEXT, draft));
    assertDueIn(cases.timer(instance, BOUNDARY_NO_REVIEWER_CONTACT), Duration.ofDays(14));

    cases.fireTimer(instance, BOUNDARY_NO_REVIEWER_CONTACT);

    assertThat(instance).isEnded().hasPassed(END_ACKNOWLEDGEMENT_STANDS).hasNotPassed(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(caseFiles.find(instance.getBusinessKey()).orElseThrow().outcome()).isEqualTo(CaseOutcome.PUBLIC_REPLY_POSTED);
    assertTheReviewIsLookedUpAgainAfterThirtyDays(instance);
  }

  /**
   * After a public reply the case's review is looked up again, 30 days later, and its final state
   * kept: unknown here, where no platform is connected.
   */
  private void assertTheReviewIsLookedUpAgainAfterThirtyDays(ProcessInstance ended) {
    ProcessInstance recheck = runtimeService.createProcessInstanceQuery().processDefinitionKey(RECHECK_PROCESS_ID)
        .processInstanceBusinessKey(ended.getBusinessKey()).singleResult();
    assertThat(recheck).as("the re-check of %s", ended.getBusinessKey()).isNotNull();
    assertThat(recheck).isWaitingAt(TIMER_RECHECK_DUE);
    assertDueIn(cases.timer(recheck, TIMER_RECHECK_DUE), Duration.ofDays(30));

    cases.fireTimer(recheck, TIMER_RECHECK_DUE);

    assertThat(recheck).isEnded().hasPassed(TASK_RECHECK_REVIEW, END_FINAL_REVIEW_KEPT);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(recheck.getId())
        .variableName(FINAL_REVIEW_STATE.name()).singleResult().getValue()).isEqualTo("UNKNOWN");
  }

  /** Problem 3: no purchase on record is a likely terms case, never a remedy offer first. */
  @Test
  void aReviewerWithNoPurchaseOnRecord_isALikelyTermsCase_andGetsACalmPublicReplyWithoutARemedy() {
    ProcessInstance instance = cases.receive("Randall Fake", null);

    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
    assertThat(instance).variables().containsEntry("reviewerIsCustomer", false);
    VariableMap preSelected = formService.getTaskFormVariables(cases.task(instance, TASK_ASSESS_TERMS).getId());
    assertThat(preSelected.get("termsViolated")).as("as the form's radio button carries it").isEqualTo("true");
    assertThat(preSelected.get("violationReasons").toString()).contains("NOT_A_CUSTOMER");
    assertThat(preSelected.getValue("violationEvidence", String.class)).startsWith("Not a customer");

    reportTermsViolation(instance);
    cases.complete(instance, TASK_REPORT_TO_PLATFORM, FormInput.with(PLATFORM_REPORT_REFERENCE, "GBP-REPORT-4420"));
    cases.complete(instance, TASK_RECORD_PLATFORM_DECISION, FormInput.answer(REVIEW_REMOVED_BY_PLATFORM, false));

    assertThat(instance).hasPassed(GATEWAY_REVIEWER_IS_CUSTOMER).hasNotPassed(TASK_PREPARE_OUTREACH)
        .isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    String draft = (String) runtimeService.getVariable(instance.getId(), "publicReplyText");
    assertThat(draft).contains("no record", "get in touch", "care@harbourstreetbakery.example")
        .doesNotContainIgnoringCase("fake").doesNotContain("refund", "privately");
    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, draft));
    assertThat(instance).isEnded().hasPassed(END_PUBLIC_REPLY_POSTED);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind)
        .containsExactly(CommunicationKind.PUBLIC_REPLY);
  }

  @Test
  void theAssessorMayOverrideTheFinding_forACustomerWhoPaidInCash() {
    ProcessInstance instance = cases.receive("Randall Fake", "randall@example.net");

    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false).and(REVIEWER_IS_CUSTOMER, true));

    assertThat(instance).hasPassed(GATEWAY_REVIEWER_IS_CUSTOMER).isWaitingAt(TASK_PREPARE_OUTREACH);
  }

  @Test
  void aNonCustomerWhoseReviewKeepsToTheTerms_getsTheCalmPublicReply() {
    ProcessInstance instance = cases.receive("Randall Fake", null);

    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false).and(REVIEWER_IS_CUSTOMER, false));

    assertThat(instance).hasNotPassed(TASK_PREPARE_OUTREACH).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(instance).variables().containsEntry("termsViolated", false)
        .as("the pre-selected reasons went with the task").doesNotContainKeys("violationReasons", "violationEvidence");
  }

  /** Problem 4: a declined remedy gets another proposal, with the customer's reason, until a final refusal. */
  @Test
  void aDeclinedRemedy_getsAnotherProposal_withTheReason_untilTheCustomerRefusesForGood() {
    ProcessInstance instance = proposed(Channel.EMAIL);

    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(DECLINE_REASON, "A refund does not help: she would like the cake remade for Saturday."));

    assertThat(instance).hasPassed(GATEWAY_FINAL_REFUSAL, GATEWAY_PROPOSAL_LIMIT_REACHED).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(formService.getTaskFormVariables(cases.task(instance, TASK_PREPARE_OUTREACH).getId())
        .getValue("declineReason", String.class)).contains("cake remade");
    propose(instance, Channel.EMAIL);
    assertThat(instance).variables().containsEntry("proposalCount", 2).doesNotContainKey("declineReason");

    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true).and(DECLINE_REASON, "Wants no further offer."));

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .contains("declineReason");
  }

  @Test
  void aCustomerWhoDeclinesEveryProposal_reachesThePublicReplyAtTheLimit() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    for (int proposal = 1; proposal <= 3; proposal++) {
      propose(instance, Channel.EMAIL);
      cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false));
    }

    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(instance).variables().containsEntry("proposalCount", 3);
  }

  /** Problem 5: a removal or update is taken at any step; an event for an ended case is recorded, not an error. */
  @Test
  void aReviewRemovedAtAnyStep_endsTheCase_asRemovedByTheReviewer_andALaterEventIsNoError() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);

    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_REMOVED);

    assertThat(instance).isEnded().hasPassed(START_REVIEW_REMOVED, END_REVIEW_REMOVED_BY_REVIEWER);
    assertThat(caseFiles.find(instance.getBusinessKey()).orElseThrow().outcome())
        .isEqualTo(CaseOutcome.REVIEW_REMOVED_BY_REVIEWER);
    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_UPDATED);
    assertThat(platformEventInbox.receiveChange(io.reviewrecovery.review.Platform.GOOGLE, "late-" + instance.getId(),
        instance.getBusinessKey().substring("google:".length()), PlatformEventType.REVIEW_REMOVED).state())
        .isEqualTo(io.reviewrecovery.platform.PlatformEventInbox.State.DISCARDED);
  }

  @Test
  void aReviewImprovedWhileTheCustomerConsidersTheProposal_endsAsUpdated_withoutAskingForAnUpdate() {
    ProcessInstance instance = proposed(Channel.EMAIL);

    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_UPDATED);

    assertThat(instance).isEnded().hasPassed(START_REVIEW_UPDATED, END_REVIEW_UPDATED_MID_CASE)
        .hasNotPassed(TASK_ASK_REVIEW_UPDATE);
    assertThat(caseFiles.find(instance.getBusinessKey()).orElseThrow().outcome()).isEqualTo(CaseOutcome.REVIEW_UPDATED);
  }

  @Test
  void aReviewRemovedWhileTheApprovalOfThePublicReplyWaits_isNeverRepliedTo() {
    ProcessInstance instance = proposed(Channel.EMAIL);
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));

    platformEvents.deliver(instance.getBusinessKey(), PlatformEventType.REVIEW_REMOVED);

    assertThat(instance).isEnded().hasPassed(END_REVIEW_REMOVED_BY_REVIEWER).hasNotPassed(TASK_POST_PUBLIC_REPLY);
  }

  /** Problem 6: every task is due and escalated; a remedy that cannot be done leads to a new proposal. */
  @Test
  void theAssessmentHasItsOwnTarget_andALateOneIsChased() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    Instant intake = ClockUtil.getCurrentTime().toInstant();
    Task assessment = cases.task(instance, TASK_ASSESS_TERMS);
    assertThat(assessment.getDueDate()).isCloseTo(Date.from(intake.plus(Duration.ofHours(4))), 60_000);
    assertThat(cases.timer(instance, BOUNDARY_ASSESSMENT_OVERDUE).getDuedate()).isEqualTo(assessment.getDueDate());

    ClockUtil.setCurrentTime(Date.from(assessment.getDueDate().toInstant().plus(Duration.ofHours(1))));
    cases.fireTimer(instance, BOUNDARY_ASSESSMENT_OVERDUE);

    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS, TASK_CHASE_LATE_ASSESSMENT);
    assertThat(cases.task(instance, TASK_CHASE_LATE_ASSESSMENT).getDescription())
        .contains("assessment", "1 h late", "Assess review against platform terms");
    cases.complete(instance, TASK_CHASE_LATE_ASSESSMENT, FormInput.with(CHASE_OUTCOME, ChaseOutcome.TEAM_REMINDED));
    assertThat(instance).hasPassed(END_LATE_ASSESSMENT_CHASED).isWaitingAt(TASK_ASSESS_TERMS);
    CaseFile.Target target = caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets().assessment();
    assertThat(target.dueAt()).isEqualTo(assessment.getDueDate().toInstant());
    assertThat(target.escalatedAt()).isNotNull();
    assertThat(target.metAt()).isNull();
    assertThat(target.lateBy()).isEqualTo("PT1H");

    ClockUtil.setCurrentTime(Date.from(assessment.getDueDate().toInstant().plus(Duration.ofHours(2))));
    noTermsViolation(instance);
    target = caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets().assessment();
    assertThat(target.metAt()).isNotNull();
    assertThat(target.lateBy()).as("how late it was met").isEqualTo("PT2H");
  }

  @Test
  void aRemedyThatCannotBeDone_leadsToANewProposal_andALateOneIsChased() {
    ProcessInstance instance = proposed(Channel.EMAIL);
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    Task remedy = cases.task(instance, TASK_IMPLEMENT_REMEDY);
    assertDueIn(remedy.getDueDate(), Duration.ofDays(3));
    assertThat(cases.timer(instance, BOUNDARY_REMEDY_OVERDUE).getDuedate()).isEqualTo(remedy.getDueDate());

    ClockUtil.setCurrentTime(Date.from(remedy.getDueDate().toInstant().plus(Duration.ofHours(2))));
    cases.fireTimer(instance, BOUNDARY_REMEDY_OVERDUE);
    assertThat(instance).isWaitingAt(TASK_IMPLEMENT_REMEDY, TASK_CHASE_LATE_REMEDY);
    Task chase = cases.task(instance, TASK_CHASE_LATE_REMEDY);
    assertThatThrownBy(() -> formService.submitTaskForm(chase.getId(),
        FormInput.with(CHASE_OUTCOME, ChaseOutcome.HANDED_OVER).and(LATE_WORK_ASSIGNEE, "nobody-here").asMap()))
        .hasMessageContaining("There is no user 'nobody-here'");
    assertThatThrownBy(() -> formService.submitTaskForm(chase.getId(),
        FormInput.with(CHASE_OUTCOME, ChaseOutcome.HANDED_OVER).and(LATE_WORK_ASSIGNEE, "feed").asMap()))
        .hasMessageContaining("'feed' is in none of the teams that do this work (support, reputation)");
    assertThat(remedy.getAssignee()).isNull();
    cases.complete(instance, TASK_CHASE_LATE_REMEDY, FormInput.with(CHASE_OUTCOME, ChaseOutcome.HANDED_OVER)
        .and(LATE_WORK_ASSIGNEE, "agent"));
    assertThat(instance).hasPassed(END_LATE_REMEDY_CHASED);
    assertThat(cases.task(instance, TASK_IMPLEMENT_REMEDY).getAssignee()).as("handed over").isEqualTo("agent");
    assertThat(authorizationService.isUserAuthorized("agent", List.of(), TaskPermissions.TASK_WORK, Resources.TASK, remedy.getId()))
        .as("the new assignee may work it").isTrue();

    assertThatThrownBy(() -> formService.submitTaskForm(remedy.getId(), Map.of("remedyImplemented", "false")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("why the remedy could not be done");
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.answer(REMEDY_IMPLEMENTED, false).and(REMEDY_NOT_DONE_REASON, "The card payment cannot be refunded after 120 days."));

    assertThat(instance).hasPassed(GATEWAY_REMEDY_IMPLEMENTED).hasNotPassed(TASK_ASK_SATISFACTION)
        .isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(formService.getTaskFormVariables(cases.task(instance, TASK_PREPARE_OUTREACH).getId())
        .getValue("remedyNotDoneReason", String.class)).contains("cannot be refunded");
  }

  @Test
  void aLaterProposalIsDueAndChasedOnItsOwn_theFirstAsTheFirstOutreach() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    cases.fireTimer(instance, BOUNDARY_PROPOSAL_OVERDUE);
    assertThat(instance).hasPassed(GATEWAY_DUE_AS_FIRST_OUTREACH, END_PROPOSAL_CHASED_AS_OUTREACH)
        .hasNotPassed(TASK_CHASE_LATE_PROPOSAL);

    propose(instance, Channel.EMAIL);
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false));
    Task proposal = cases.task(instance, TASK_PREPARE_OUTREACH);
    assertThat(proposal.getDueDate()).isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(24))), 1_000);
    ClockUtil.setCurrentTime(Date.from(proposal.getDueDate().toInstant().plus(Duration.ofMinutes(30))));
    cases.fireTimer(instance, BOUNDARY_PROPOSAL_OVERDUE);

    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH, TASK_CHASE_LATE_PROPOSAL);
    assertThat(cases.task(instance, TASK_CHASE_LATE_PROPOSAL).getDescription()).contains("30 min late");
    cases.complete(instance, TASK_CHASE_LATE_PROPOSAL, FormInput.with(CHASE_OUTCOME, ChaseOutcome.TEAM_REMINDED));
    assertThat(instance).hasPassed(END_LATE_PROPOSAL_CHASED);
  }

  @Test
  void aLateAcknowledgementIsChased() {
    ProcessInstance instance = cases.receive("google", "Jane Doe", null);
    noTermsViolation(instance);
    Task approval = cases.task(instance, TASK_APPROVE_ACKNOWLEDGEMENT);
    ClockUtil.setCurrentTime(Date.from(approval.getDueDate().toInstant().plus(Duration.ofMinutes(45))));

    cases.fireTimer(instance, BOUNDARY_ACKNOWLEDGEMENT_OVERDUE);

    assertThat(instance).isWaitingAt(TASK_APPROVE_ACKNOWLEDGEMENT, TASK_CHASE_LATE_ACKNOWLEDGEMENT);
    assertThat(cases.task(instance, TASK_CHASE_LATE_ACKNOWLEDGEMENT).getDescription()).contains("45 min late");
    cases.complete(instance, TASK_CHASE_LATE_ACKNOWLEDGEMENT, FormInput.with(CHASE_OUTCOME, ChaseOutcome.TEAM_REMINDED));
    assertThat(instance).hasPassed(END_LATE_ACKNOWLEDGEMENT_CHASED);
    CaseFile.ResponseTargets targets = caseFiles.find(instance.getBusinessKey()).orElseThrow().responseTargets();
    assertThat(targets.acknowledgement().lateBy()).isEqualTo("PT45M");
    assertThat(targets.assessment().metAt()).isNotNull();
  }

  // --- what people may not submit ---------------------------------------------------------------

  @Test
  void aDecisionWithoutAnAnswerIsRefused_andTheTaskStaysOpen() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    String taskId = cases.task(instance, TASK_ASSESS_TERMS).getId();

    assertThatThrownBy(() -> formService.submitTaskForm(taskId, Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("whether the review violates");
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, FormInput.answer(TERMS_VIOLATED, true).asMap()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("at least one reason").hasMessageContaining("evidence");

    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
  }

  @Test
  void aCompletionMaySetOnlyTheFieldsOfTheTasksForm_andMustGiveItsOwnAnswerNow() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    String prepareTask = cases.task(instance, TASK_PREPARE_OUTREACH).getId();
    FormInput proposalWithExtras = CaseDriver.refundProposal(Channel.EMAIL).and(PLATFORM, "yelp").and(PROPOSAL_COUNT, -5);

    assertThatThrownBy(() -> formService.submitTaskForm(prepareTask, proposalWithExtras.asMap()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("does not take platform, proposalCount");
    assertThat(cases.variable(instance, PLATFORM)).isEqualTo("google");
    assertThat(cases.hasVariable(instance, PROPOSAL_COUNT)).isFalse();

    propose(instance, Channel.EMAIL);
    String answerTask = cases.task(instance, TASK_RECORD_CUSTOMER_ANSWER).getId();
    runtimeService.setVariables(instance.getId(), VariableValues.with(REMEDY_ACCEPTED, true).asVariableMap());
    assertThatThrownBy(() -> formService.submitTaskForm(answerTask, Map.of()))
        .as("an answer set beforehand does not count").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("whether the customer accepted");
  }

  @Test
  void aBpmnErrorCannotEndACasePastItsChecks() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    String assessment = cases.task(instance, TASK_ASSESS_TERMS).getId();

    assertThatThrownBy(() -> taskService.handleBpmnError(assessment, "anything"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("takes no BPMN error or escalation");
    assertThatThrownBy(() -> taskService.handleEscalation(assessment, "anything"))
        .isInstanceOf(BadUserRequestException.class);

    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
  }

  @Test
  void aProposalThatCannotBeDeliveredOrIsVagueIsRefused() {
    ProcessInstance withoutPhone = cases.receive("Marcus Webb", null);
    noTermsViolation(withoutPhone);
    String taskId = cases.task(withoutPhone, TASK_PREPARE_OUTREACH).getId();
    FormInput proposal = CaseDriver.refundProposal(Channel.PHONE)
        .and(APOLOGY_MESSAGE, "Sorry.")
        .and(REMEDY_DETAILS, "A replacement loaf. ".repeat(60))
        .and(REFUND_DATE, LocalDate.now(ZoneOffset.UTC).minusDays(1));

    assertThatThrownBy(() -> formService.submitTaskForm(taskId, proposal.asMap()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("no phone number on record")
        .hasMessageContaining("specific apology")
        .hasMessageContaining("is in the past")
        .hasMessageContaining("Shorten remedyDetails to at most 1000 characters");
    assertThat(withoutPhone).isWaitingAt(TASK_PREPARE_OUTREACH);
  }

  @Test
  void aProposalThatTiesTheRemedyToTheReviewIsRefused_quotingTheSentenceAndTheRule() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    String taskId = cases.task(instance, TASK_PREPARE_OUTREACH).getId();
    FormInput proposal = CaseDriver.refundProposal(Channel.EMAIL)
        .and(REMEDY_DETAILS, "The refund goes out on Friday. We'll refund you if you take the review down.");

    assertThatThrownBy(() -> formService.submitTaskForm(taskId, proposal.asMap()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Remedy details: \"We'll refund you if you take the review down.\" offers something "
            + "for changing or removing the review")
        .hasMessageContaining("FTC 16 CFR 465.4")
        .hasMessageNotContaining("The refund goes out on Friday");
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).isEmpty();
  }

  @Test
  void aPublicReplyThatNamesTheCustomerOrTheRemedyIsRefused() {
    ProcessInstance instance = proposed(Channel.EMAIL);
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    String taskId = cases.task(instance, TASK_APPROVE_PUBLIC_REPLY).getId();

    assertThatThrownBy(() -> formService.submitTaskForm(taskId,
        FormInput.with(PUBLIC_REPLY_TEXT, "Thanks Jane, we have offered you a refund of £25 for order HSB-10231.").asMap()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("\"Jane\" is the customer's name")
        .hasMessageContaining("\"£25\" is an amount of money")
        .hasMessageContaining("\"HSB-10231\" is an order or transaction reference")
        .hasMessageContaining("\"refund\" is a specific of the remedy");
    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** A platform with direct messages, which none of the supported ones offers: as if a delivery for them were configured. */
  private void platformOffersDirectMessages() {
    Mockito.doReturn(Optional.empty()).when(directMessages).unavailable("google");
  }

  private void noTermsViolation(ProcessInstance instance) {
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
  }

  private void reportTermsViolation(ProcessInstance instance) {
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, true)
        .and(VIOLATION_REASONS, List.of(TermsViolationReason.NOT_A_CUSTOMER))
        .and(VIOLATION_EVIDENCE, "No order under this name or email in the last 180 days."));
  }

  /** A customer's review that names a member of staff: reported, and the case waits for the platform. */
  private ProcessInstance reportedToPlatform() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, true)
        .and(VIOLATION_REASONS, List.of(TermsViolationReason.PRIVATE_INFORMATION))
        .and(VIOLATION_EVIDENCE, "The review names the member of staff who served the customer."));
    cases.complete(instance, TASK_REPORT_TO_PLATFORM, FormInput.with(PLATFORM_REPORT_REFERENCE, "GBP-REPORT-4412"));
    assertThat(instance).isWaitingAt(TASK_RECORD_PLATFORM_DECISION);
    return instance;
  }

  private ProcessInstance proposed(Channel channel) {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(instance);
    propose(instance, channel);
    return instance;
  }

  private void propose(ProcessInstance instance, Channel channel) {
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(channel));
  }

  private void acceptAndImplement(ProcessInstance instance) {
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true));
  }

  private void resolveToSatisfaction(ProcessInstance instance, Channel channel) {
    noTermsViolation(instance);
    propose(instance, channel);
    acceptAndImplement(instance);
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, true));
  }

  private static void assertDueIn(Job timer, Duration wait) {
    assertDueIn(timer.getDuedate(), wait);
  }

  private static void assertDueIn(Date due, Duration wait) {
    long expected = System.currentTimeMillis() + wait.toMillis();
    assertThat(due.getTime()).isBetween(expected - 60_000, expected + 60_000);
  }
}
