package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.RemedyType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives cases the way the application does: reviews arrive through the intake, people complete
 * tasks through their deployed forms, and the jobs the job executor would run are run here.
 * Public for the tests of other packages that need a case at a certain step.
 */
public class CaseDriver {

  private static final AtomicInteger REVIEW_NUMBER = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration JOB_EXECUTOR_DEADLINE = Duration.ofSeconds(30);

  private final ReviewIntake intake;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final ManagementService managementService;

  public CaseDriver(ReviewIntake intake, RuntimeService runtimeService, TaskService taskService, FormService formService,
      ManagementService managementService) {
    this.intake = intake;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
    this.managementService = managementService;
  }

  /** A one-star review by Jane Doe, a customer of the sample records, that the intake starts a case for. */
  public ProcessInstance receiveReviewFromSampleCustomer() {
    return receive("Jane Doe", "jane.doe@example.com");
  }

  public ProcessInstance receive(String reviewerName, String reviewerEmail) {
    return receive("google", reviewerName, reviewerEmail);
  }

  public ProcessInstance receive(String platform, String reviewerName, String reviewerEmail) {
    String reviewId = "process-test-" + REVIEW_NUMBER.incrementAndGet();
    NewReview review = new NewReview(platform, reviewId, 1,
        "The lemon cake for my daughter's party arrived two hours late and the icing had melted.",
        reviewerName, reviewerEmail, null, "https://maps.example.com/reviews/" + reviewId,
        Instant.now().minus(1, ChronoUnit.DAYS));
    String processInstanceId = intake.receive(review).reviewCase().processInstanceId();
    runAsyncJobs(processInstanceId);
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  /**
   * Completes the instance's open task of this kind through its deployed form, as Tasklist does.
   * Fails if the form does not resolve. Afterwards runs the async continuations that follow.
   */
  public void complete(ProcessInstance instance, String taskKey, FormInput submitted) {
    Task task = task(instance, taskKey);
    assertThat(deployedFormId(task)).as("form of %s", taskKey).isNotBlank();
    formService.submitTaskForm(task.getId(), submitted.asMap());
    runAsyncJobs(instance.getId());
  }

  /** A refund of £25.00, processed in two days, with a specific apology, as the agent fills in the outreach form. */
  public static FormInput refundProposal(Channel channel) {
    return FormInput.with(OUTREACH_CHANNEL, channel)
        .and(APOLOGY_MESSAGE, "We are sorry that your lemon cake arrived two hours late and the icing had melted.")
        .and(REMEDY_TYPE, RemedyType.REFUND)
        .and(REFUND_AMOUNT, 25.0)
        .and(REFUND_DATE, LocalDate.now(ZoneOffset.UTC).plusDays(2));
  }

  /** The variable's value in the running instance, typed; {@code null} when it is not set. */
  public <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
    return variable.from(runtimeService.getVariables(instance.getId(), List.of(variable.name())));
  }

  /** Whether the running instance has the variable at all. */
  public boolean hasVariable(ProcessInstance instance, ProcessVariable<?> variable) {
    return runtimeService.getVariables(instance.getId(), List.of(variable.name())).containsKey(variable.name());
  }

  public Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  /**
   * Fires the timer of a timer event now, as if its wait had passed, then runs what follows. Where
   * the job executor runs, makes the timer due and waits until the executor fired it; the executor
   * may have fired it already, once the test moved the clock past its due date.
   */
  public void fireTimer(ProcessInstance instance, String timerEventId) {
    Job timer = timer(instance, timerEventId);
    if (jobExecutorRuns()) {
      if (timer != null) {
        try {
          managementService.setJobDuedate(timer.getId(), ClockUtil.getCurrentTime());
        } catch (OptimisticLockingException firingAlready) {
          // The executor took the timer between the query and now.
        }
        awaitJobExecutor("the timer of " + timerEventId, () -> managementService.createJobQuery().jobId(timer.getId()).count() == 0);
      }
      assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .activityId(timerEventId).count()).as("the timer of %s fired", timerEventId).isPositive();
    } else {
      assertThat(timer).as("timer of %s", timerEventId).isNotNull();
      managementService.executeJob(timer.getId());
    }
    runAsyncJobs(instance.getId());
  }

  public Job timer(ProcessInstance instance, String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(boundaryEventId).singleResult();
  }

  /**
   * Runs async continuations (not timers) until none is left, as the job executor would; or, where
   * the job executor runs (see {@link io.reviewrecovery.JobExecutorOnPostgres}), waits until it did.
   */
  public void runAsyncJobs(String processInstanceId) {
    if (jobExecutorRuns()) {
      awaitAsyncJobsDone(processInstanceId);
      return;
    }
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().executable().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private boolean jobExecutorRuns() {
    return engine().getJobExecutor().isActive();
  }

  private ProcessEngineConfigurationImpl engine() {
    return ((ServiceImpl) managementService).getCommandExecutor().execute(CommandContext::getProcessEngineConfiguration);
  }

  private void awaitAsyncJobsDone(String processInstanceId) {
    awaitJobExecutor("the jobs of " + processInstanceId,
        () -> managementService.createJobQuery().processInstanceId(processInstanceId).messages().executable().count() == 0);
  }

  private static void awaitJobExecutor(String what, BooleanSupplier done) {
    await("the job executor ran " + what).atMost(JOB_EXECUTOR_DEADLINE).pollInterval(Duration.ofMillis(50))
        .until(done::getAsBoolean);
  }

  private String deployedFormId(Task task) {
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return JSON.readTree(form).get("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
