package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.reviewrecovery.compliance.ComplianceSettings;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.delegate.ChaseLateCaseListener;
import io.reviewrecovery.delegate.NewProposalListener;
import io.reviewrecovery.delegate.StoreYesNoAnswersListener;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.TermsViolationReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast model test, for process owners who change the diagram: processes/NegativeReviewRecovery.bpmn
 * and SuggestOutreachChannel.dmn on a plain in-memory engine, no Spring, in a few seconds
 * ({@code ./mvnw -q test -Dtest=ProcessModelTest}). The real decision table and the real settings
 * beans the expressions read (waits, response targets, compliance switches from the defaults of
 * application.yml) and the listeners that only move variables run; every step that talks to a
 * person or system outside (verification, messages, the public reply, the drafts and findings from
 * the capabilities) is a stand-in under its bean name that records that it ran. The full-stack
 * tests ({@link NegativeReviewRecoveryProcessTest} and others) run the same diagram with everything real.
 */
public class ProcessModelTest {

  private static final ReviewRecoveryProperties SETTINGS = new ReviewRecoveryProperties(null, null,
      new ReviewRecoveryProperties.Process(3,
          new ReviewRecoveryProperties.Targets(Duration.ofHours(24), Duration.ofHours(4), Duration.ofHours(4),
              Duration.ofDays(3), Duration.ofHours(4)),
          new ReviewRecoveryProperties.Waits(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(14),
              Duration.ofDays(14), Duration.ofDays(30)),
          new ReviewRecoveryProperties.TaskDue(Duration.ofDays(3)), List.of(Duration.ofMinutes(1))),
      new ReviewRecoveryProperties.Compliance(new ReviewRecoveryProperties.UpdateRequest(true, false, true)));

  private static ProcessEngine engine;
  private static final StandIns STAND_INS = new StandIns();

  @BeforeAll
  static void startThePlainEngineWithTheModel() throws IOException {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("processSettings", new ProcessSettings(SETTINGS));
    beans.put("responseTargets", new ResponseTargets(SETTINGS));
    beans.put("complianceSettings", new ComplianceSettings(SETTINGS));
    beans.put("channelSuggestionInputs", STAND_INS.channelSuggestionInputs);
    beans.put("newProposalListener", new NewProposalListener());
    beans.put("storeYesNoAnswersListener", new StoreYesNoAnswersListener());
    beans.put("chaseLateCaseListener", new ChaseLateCaseListener());
    beans.putAll(STAND_INS.beans());

    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("process-model-test");
    configuration.setJdbcUrl("jdbc:h2:mem:process-model-test;DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(beans);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    engine = configuration.buildProcessEngine();

    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("process-model-test");
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
      for (Path file : files.filter(ProcessModelTest::isDeployed).toList()) {
        deployment.addString(file.getFileName().toString(), Files.readString(file));
      }
    }
    deployment.deploy();
    BpmnAwareTests.init(engine);
  }

  /** What ProcessDeployment deploys: the diagrams, decisions and forms, not Modeler's template folder. */
  private static boolean isDeployed(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"));
  }

  @AfterAll
  static void stopTheEngine() {
    BpmnAwareTests.reset();
    engine.close();
  }

  @BeforeEach
  void freshStandIns() {
    STAND_INS.reset();
  }

  @Test
  void happyPath_theCustomerAcceptsIsSatisfied_andUpdatesTheReview() {
    ProcessInstance instance = start("google");
    assertThat(instance).hasPassed(TASK_VERIFY_REVIEWER).isWaitingAt(TASK_ASSESS_TERMS);

    complete(instance, TASK_ASSESS_TERMS, VariableValues.with(TERMS_VIOLATED, false));
    assertThat(instance).hasPassed(TASK_SUGGEST_OUTREACH_CHANNEL).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(variable(instance, SUGGESTED_CHANNEL)).as("the decision table's suggestion").isEqualTo(Channel.EMAIL);
    complete(instance, TASK_PREPARE_OUTREACH, refundProposal(Channel.EMAIL));
    assertThat(variable(instance, PROPOSAL_COUNT)).isEqualTo(1);
    complete(instance, TASK_RECORD_CUSTOMER_ANSWER, VariableValues.with(REMEDY_ACCEPTED, true));
    complete(instance, TASK_IMPLEMENT_REMEDY, VariableValues.with(REMEDY_IMPLEMENTED, true));
    complete(instance, TASK_RECORD_SATISFACTION, VariableValues.with(CUSTOMER_SATISFIED, true));
    assertThat(instance).hasPassed(GATEWAY_UPDATE_REQUEST_ALLOWED, TASK_ASK_REVIEW_UPDATE).isWaitingAt(TASK_FOLLOW_UP_ON_REVIEW);
    complete(instance, TASK_FOLLOW_UP_ON_REVIEW, VariableValues.with(REVIEW_UPDATED, true));

    assertThat(instance).isEnded().hasPassed(END_REVIEW_UPDATED).hasNotPassed(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(STAND_INS.ran).containsExactly("verifyReviewerDelegate", "preScreenReviewListener",
        "sendPrivateOutreachDelegate", "askSatisfactionDelegate", "askReviewUpdateDelegate");
  }

  @Test
  void termsViolated_reportedToThePlatform_whichRemovesTheReview() {
    ProcessInstance instance = start("google");

    complete(instance, TASK_ASSESS_TERMS, VariableValues.with(TERMS_VIOLATED, true)
        .and(VIOLATION_REASONS, List.of(TermsViolationReason.NOT_A_CUSTOMER))
        .and(VIOLATION_EVIDENCE, "No order under this name or email in the last 180 days."));
    assertThat(instance).hasPassed(GATEWAY_TERMS_VIOLATED).isWaitingAt(TASK_REPORT_TO_PLATFORM);
    complete(instance, TASK_REPORT_TO_PLATFORM, VariableValues.with(PLATFORM_REPORT_REFERENCE, "GBP-REPORT-4411"));
    complete(instance, TASK_RECORD_PLATFORM_DECISION, VariableValues.with(REVIEW_REMOVED_BY_PLATFORM, true));

    assertThat(instance).isEnded().hasPassed(END_REVIEW_REMOVED_BY_PLATFORM).hasNotPassed(TASK_PREPARE_OUTREACH);
    assertThat(STAND_INS.ran).containsExactly("verifyReviewerDelegate", "preScreenReviewListener",
        "draftPlatformReportListener");
  }

  @Test
  void theCustomerRefusesTheRemedyForGood_soWeReplyPublicly() {
    ProcessInstance instance = start("google");
    complete(instance, TASK_ASSESS_TERMS, VariableValues.with(TERMS_VIOLATED, false));
    complete(instance, TASK_PREPARE_OUTREACH, refundProposal(Channel.EMAIL));

    complete(instance, TASK_RECORD_CUSTOMER_ANSWER, VariableValues.with(REMEDY_ACCEPTED, false)
        .and(FINAL_REFUSAL, true));
    assertThat(instance).hasPassed(GATEWAY_REMEDY_ACCEPTED).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    complete(instance, TASK_APPROVE_PUBLIC_REPLY, VariableValues.with(PUBLIC_REPLY_TEXT, variable(instance, PUBLIC_REPLY_TEXT)));

    assertThat(instance).isEnded().hasPassed(TASK_POST_PUBLIC_REPLY, END_PUBLIC_REPLY_POSTED);
    assertThat(STAND_INS.ran).containsExactly("verifyReviewerDelegate", "preScreenReviewListener",
        "sendPrivateOutreachDelegate", "draftPublicReplyListener", "postPublicReplyDelegate", "startReviewRecheckDelegate");
  }

  @Test
  void aPhoneProposal_isMadeByTheAgent_soNothingIsSent() {
    STAND_INS.customerHighValue = true;
    ProcessInstance instance = start("google");
    complete(instance, TASK_ASSESS_TERMS, VariableValues.with(TERMS_VIOLATED, false));
    assertThat(variable(instance, OUTREACH_CHANNEL)).as("suggested for a high-value customer").isEqualTo(Channel.PHONE);

    complete(instance, TASK_PREPARE_OUTREACH, refundProposal(Channel.PHONE));

    assertThat(instance).hasPassed(GATEWAY_CONTACT_BY_PHONE).hasNotPassed(TASK_SEND_PRIVATE_OUTREACH)
        .isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
  }

  @Test
  void aPlatformWhoseRulesForbidAnUpdateRequest_getsAPublicReplyInstead() {
    ProcessInstance instance = start("trustpilot");
    complete(instance, TASK_ASSESS_TERMS, VariableValues.with(TERMS_VIOLATED, false));
    complete(instance, TASK_PREPARE_OUTREACH, refundProposal(Channel.EMAIL));
    complete(instance, TASK_RECORD_CUSTOMER_ANSWER, VariableValues.with(REMEDY_ACCEPTED, true));
    complete(instance, TASK_IMPLEMENT_REMEDY, VariableValues.with(REMEDY_IMPLEMENTED, true));

    complete(instance, TASK_RECORD_SATISFACTION, VariableValues.with(CUSTOMER_SATISFIED, true));

    assertThat(instance).hasPassed(GATEWAY_UPDATE_REQUEST_ALLOWED).hasNotPassed(TASK_ASK_REVIEW_UPDATE)
        .isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static ProcessInstance start(String platform) {
    String reviewId = "model-test-" + System.nanoTime();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, platform + ":" + reviewId,
        VariableValues.with(PLATFORM, platform)
            .and(PLATFORM_REVIEW_ID, reviewId)
            .and(REVIEW_RATING, 1)
            .and(REVIEW_TEXT, "The lemon cake for my daughter's party arrived two hours late and the icing had melted.")
            .and(REVIEWER_NAME, "Jane Doe")
            .and(REVIEWER_EMAIL, "jane.doe@example.com")
            .and(REVIEW_PUBLISHED_AT, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)))
            .asVariableMap());
    runAsyncJobs(instance);
    return instance;
  }

  private static VariableValues refundProposal(Channel channel) {
    return VariableValues.with(OUTREACH_CHANNEL, channel)
        .and(APOLOGY_MESSAGE, "We are sorry that your lemon cake arrived two hours late and the icing had melted.")
        .and(REMEDY_TYPE, RemedyType.REFUND)
        .and(REFUND_AMOUNT, 25.0)
        .and(REFUND_DATE, LocalDate.now(ZoneOffset.UTC).plusDays(2));
  }

  private static void complete(ProcessInstance instance, String taskKey, VariableValues values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), values.asVariableMap());
    runAsyncJobs(instance);
  }

  private static <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
    return variable.from(engine.getRuntimeService().getVariables(instance.getId(), List.of(variable.name())));
  }

  /** Runs the async continuations (not the timers) until none is left, as the job executor would. */
  private static void runAsyncJobs(ProcessInstance instance) {
    List<Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .messages().executable().list()).isEmpty()) {
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /**
   * The steps that talk to the outside, under the BPMN's bean names: each records that it ran and
   * sets what the diagram reads afterwards.
   */
  static class StandIns {

    final List<String> ran = new ArrayList<>();
    boolean customerHighValue;
    final ChannelSuggestionInputs channelSuggestionInputs = new ChannelSuggestionInputs();

    void reset() {
      ran.clear();
      customerHighValue = false;
    }

    Map<String, Object> beans() {
      return Map.ofEntries(
          Map.entry("verifyReviewerDelegate", delegate("verifyReviewerDelegate", execution -> {
            REVIEWER_VERIFIED.set(execution, true);
            REVIEWER_IS_CUSTOMER.set(execution, true);
            CUSTOMER_HIGH_VALUE.set(execution, customerHighValue);
          })),
          Map.entry("sendPrivateOutreachDelegate", delegate("sendPrivateOutreachDelegate", execution -> { })),
          Map.entry("askSatisfactionDelegate", delegate("askSatisfactionDelegate", execution -> { })),
          Map.entry("askReviewUpdateDelegate", delegate("askReviewUpdateDelegate", execution -> { })),
          Map.entry("postPublicReplyDelegate", delegate("postPublicReplyDelegate", execution -> { })),
          Map.entry("postAcknowledgementDelegate", delegate("postAcknowledgementDelegate", execution -> { })),
          Map.entry("startReviewRecheckDelegate", delegate("startReviewRecheckDelegate", execution -> { })),
          Map.entry("draftAcknowledgementListener", listener("draftAcknowledgementListener",
              task -> ACKNOWLEDGEMENT_TEXT.set(task, "We are sorry to read this: please get in touch."))),
          Map.entry("preScreenReviewListener", listener("preScreenReviewListener",
              task -> TERMS_PRE_SCREEN.set(task, "No automatic findings."))),
          Map.entry("draftPlatformReportListener", listener("draftPlatformReportListener",
              task -> PLATFORM_REPORT_TEXT.set(task, "We report this review."))),
          Map.entry("draftPublicReplyListener", listener("draftPublicReplyListener",
              task -> PUBLIC_REPLY_TEXT.set(task, "Thank you for your feedback."))));
    }

    private JavaDelegate delegate(String name, JavaDelegate effect) {
      return execution -> {
        ran.add(name);
        effect.execute(execution);
      };
    }

    /** A listener that drafts or pre-fills a task when it is created (the real ones may also act on completion). */
    private TaskListener listener(String name, TaskListener effect) {
      return task -> {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
          ran.add(name);
          effect.notify(task);
        }
      };
    }
  }

  /** What the decision table reads beyond the case's variables: every channel available. */
  public static class ChannelSuggestionInputs {

    public boolean emailOnRecord(DelegateExecution execution) {
      return true;
    }

    public boolean phoneOnRecord(DelegateExecution execution) {
      return true;
    }

    public boolean platformMessagesAvailable(DelegateExecution execution) {
      return true;
    }
  }
}
