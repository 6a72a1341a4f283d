package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.process.ResponseTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a chase task is created for a case that missed a response target: records the escalation on
 * the case, and tells the reputation team which case, which target, how late and where it waits, in
 * a variable of the task that its form shows and Tasklist puts first in the task's description
 * ({@code CaseContextListener}). Clears the answers of an earlier chase.
 */
@Component
public class ChaseLateCaseListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ChaseLateCaseListener.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  /** The escalation's own steps, which are not where the case waits. */
  private static final Set<String> ESCALATION_STEPS = Stream.concat(
      Arrays.stream(ResponseTarget.values()).map(ResponseTarget::chaseTask),
      Stream.of(ReviewRecoveryProcess.SUBPROCESS_FIRST_OUTREACH_OVERDUE)).collect(Collectors.toSet());

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    ResponseTarget target = ResponseTarget.chasedBy(task.getTaskDefinitionKey());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant due = target.dueAt().required(execution).toInstant();
    target.escalatedAt().set(execution, Date.from(now));
    String summary = "The %s of case %s was due by %s and is %s late. The case is at: %s.".formatted(
        target.description(), execution.getProcessBusinessKey(), WHEN.format(due),
        ResponseTarget.lateness(Duration.between(due, now)), waitingAt(execution));
    ESCALATION_SUMMARY.setLocal(task, summary);
    CHASE_OUTCOME.remove(execution);
    CHASE_NOTE.remove(execution);
    LATE_WORK_ASSIGNEE.remove(execution);
    LOG.info("Case {}: {} missed its target, escalated to the reputation team", execution.getProcessBusinessKey(),
        target.description());
  }

  private static String waitingAt(DelegateExecution execution) {
    String steps = execution.getProcessEngineServices().getRuntimeService()
        .getActiveActivityIds(execution.getProcessInstanceId()).stream()
        .filter(id -> !ESCALATION_STEPS.contains(id))
        .distinct()
        .map(id -> Optional.ofNullable(execution.getBpmnModelInstance().<FlowElement>getModelElementById(id))
            .map(FlowElement::getName).orElse(id))
        .collect(Collectors.joining(", "));
    return steps.isEmpty() ? "an automatic step" : steps;
  }
}
