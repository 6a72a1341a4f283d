package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case's timeline row as the process moves: only the first proposal counts as the first
 * outreach, a phone proposal when the agent records the answer to the call, and the end is kept
 * once. (Each outcome and the figures over many cases: {@code outcomes.OutcomesTest}.)
 */
@Tag("postgres")
@ReviewRecoveryTest
class CaseTimelineTest {

  /** Received a day ago, to the second, as the database keeps it. */
  private static final Instant RECEIVED = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired CaseTimelines timelines;

  private CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void theFirstProposalSentIsTheFirstOutreach_aSecondOneChangesNothing() {
    ProcessInstance instance = receivedAndAssessed();
    assertThat(timeline(instance)).isEqualTo(new CaseTimeline(RECEIVED, null, null, null));

    at(Duration.ofHours(1));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true));
    at(Duration.ofHours(5));
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, false));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));

    assertThat(cases.task(instance, TASK_RECORD_CUSTOMER_ANSWER)).as("the second proposal was sent").isNotNull();
    assertThat(timeline(instance).timeToFirstOutreach()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aPhoneProposalCountsWhenTheAgentRecordsTheAnswerToTheCall() {
    ProcessInstance instance = receivedAndAssessed();

    at(Duration.ofHours(1));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.PHONE));
    assertThat(timeline(instance).firstOutreachAt()).as("prepared, not yet called").isNull();

    at(Duration.ofHours(3));
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false));

    assertThat(timeline(instance).timeToFirstOutreach()).isEqualTo(Duration.ofHours(3));
    assertThat(timeline(instance).endedAt()).isNull();
  }

  @Test
  void aCaseCancelledByAnOperatorEndsWithoutAnOutcome() {
    ProcessInstance instance = receivedAndAssessed();

    at(Duration.ofHours(2));
    runtimeService.deleteProcessInstance(instance.getId(), "Duplicate of another case", true);

    CaseTimeline cancelled = timeline(instance);
    assertThat(cancelled.endedAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
    assertThat(cancelled.outcome()).isNull();
    assertThat(cancelled.timeToOutcome()).isNull();
  }

  private ProcessInstance receivedAndAssessed() {
    at(Duration.ZERO);
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    return instance;
  }

  private CaseTimeline timeline(ProcessInstance instance) {
    return timelines.find(instance.getBusinessKey()).orElseThrow();
  }

  private static void at(Duration afterReceipt) {
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plus(afterReceipt)));
  }
}
