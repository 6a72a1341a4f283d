package io.reviewrecovery.cockpit;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;

/**
 * Cases worked as the teams work them, each step claimed and completed by its user (logged in to
 * the engine, as Tasklist has them), for the audit tests.
 */
final class AuditedCases {

  static final String REFUSED_APOLOGY = "We are sorry. We will refund you if you update your review.";

  private final CaseDriver cases;
  private final ReviewIntake intake;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final HistoryService historyService;

  AuditedCases(ApplicationContext application) {
    this.intake = application.getBean(ReviewIntake.class);
    this.runtimeService = application.getBean(RuntimeService.class);
    this.taskService = application.getBean(TaskService.class);
    this.formService = application.getBean(FormService.class);
    this.identityService = application.getBean(IdentityService.class);
    this.historyService = application.getBean(HistoryService.class);
    this.cases = new CaseDriver(intake, runtimeService, taskService, formService, application.getBean(ManagementService.class));
  }

  /** A new case of Jane Doe's one-star review, waiting at the assessment of the terms. */
  ProcessInstance received(String reviewId) {
    NewReview review = new NewReview("google", reviewId, 1,
        "The rye loaf we bought on Friday was mouldy by the evening and nobody answered the phone.", "Jane Doe",
        "jane.doe@example.com", null, "https://maps.example.com/reviews/" + reviewId, Instant.now().minus(1, ChronoUnit.DAYS));
    String processInstanceId = intake.receive(review).reviewCase().processInstanceId();
    cases.runAsyncJobs(processInstanceId);
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  static String newReviewId() {
    return "audit-" + UUID.randomUUID();
  }

  /**
   * A case that ended with a public reply: the manager assessed it, the agent's first apology was
   * refused and the second sent, the customer refused the remedy, and the manager approved the reply.
   *
   * @return the public reply as posted
   */
  String endedWithAPublicReply(ProcessInstance instance) {
    workAs("manager", GROUP_REPUTATION, instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    String outreach = cases.task(instance, TASK_PREPARE_OUTREACH).getId();
    assertThatThrownBy(() -> as("agent", GROUP_SUPPORT, () -> {
      taskService.claim(outreach, "agent");
      formService.submitTaskForm(outreach, CaseDriver.refundProposal(Channel.EMAIL).and(APOLOGY_MESSAGE, REFUSED_APOLOGY).asMap());
    })).isInstanceOf(FormFieldValidationException.class);
    workAs("agent", GROUP_SUPPORT, instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    workAs("agent", GROUP_SUPPORT, instance, TASK_RECORD_CUSTOMER_ANSWER,
        FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    String reply = cases.variable(instance, PUBLIC_REPLY_TEXT);
    workAs("manager", GROUP_REPUTATION, instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, reply));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
        .as("the case ended").isOne();
    return reply;
  }

  /** Claims and completes the case's task as the user, through its form, as Tasklist does. */
  private void workAs(String user, String group, ProcessInstance instance, String taskKey, FormInput submitted) {
    String task = cases.task(instance, taskKey).getId();
    as(user, group, () -> {
      taskService.claim(task, user);
      formService.submitTaskForm(task, submitted.asMap());
    });
    cases.runAsyncJobs(instance.getId());
  }

  private void as(String user, String group, Runnable work) {
    identityService.setAuthentication(user, List.of(group));
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
