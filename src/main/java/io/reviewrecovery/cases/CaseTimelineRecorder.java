package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_SEND_PRIVATE_OUTREACH;
import static io.reviewrecovery.process.ReviewVariables.FIRST_OUTREACH_AT;
import static io.reviewrecovery.process.ReviewVariables.OUTREACH_CHANNEL;

import io.reviewrecovery.process.EngineSetup;
import io.reviewrecovery.review.Channel;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's timeline ({@link CaseTimelines}) as the process runs, in the transaction of the
 * step that changes it, without anything in the BPMN: the engine attaches these listeners to the
 * process when it parses it. The first outreach also sets the case variable {@code firstOutreachAt},
 * which the response targets read, so escalation and outcomes count the same moment.
 * <ul>
 *   <li>First outreach: when "Send private outreach" has sent a proposal, or, for a proposal the
 *       agent makes by phone (nothing is sent), when the agent records the customer's answer to the
 *       call. Only the first counts.
 *   <li>End: when the case reaches the end event of an outcome, with that outcome (also inside an
 *       event subprocess, whose end the process instance does not report as its own); when the
 *       process instance ends without one, e.g. cancelled by an operator, without an outcome.
 * </ul>
 * They are built-in listeners, so they run even when an operator skips custom listeners.
 */
@Component
public class CaseTimelineRecorder extends AbstractProcessEnginePlugin {

  private final CaseTimelines timelines;

  public CaseTimelineRecorder(CaseTimelines timelines) {
    this.timelines = timelines;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSetup.addParseListener(configuration, new TimelineListeners());
  }

  private void proposalSent(DelegateExecution execution) {
    firstOutreachMade(execution);
  }

  private void customerAnswerRecorded(DelegateTask task) {
    if (OUTREACH_CHANNEL.from(task) == Channel.PHONE) {
      firstOutreachMade(task.getExecution());
    }
  }

  /**
   * The one place that decides when the first outreach was made: the case variable the response
   * targets read (is the first outreach late?) and the timeline the outcomes count.
   */
  private void firstOutreachMade(DelegateExecution execution) {
    if (FIRST_OUTREACH_AT.from(execution) == null) {
      Instant now = now();
      FIRST_OUTREACH_AT.set(execution, Date.from(now));
      timelines.firstOutreach(execution.getProcessBusinessKey(), now);
    }
  }

  private void outcomeReached(DelegateExecution execution, CaseOutcome outcome) {
    timelines.ended(execution.getProcessBusinessKey(), now(), outcome);
  }

  /** Records the end unless an outcome's end event did first ({@link CaseTimelines#ended} keeps the first). */
  private void caseEnded(DelegateExecution processInstance) {
    timelines.ended(processInstance.getProcessBusinessKey(), now(),
        CaseOutcome.ofEndEvent(processInstance.getCurrentActivityId()).orElse(null));
  }

  /** The engine's clock, which also sets the tasks' due dates. */
  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private class TimelineListeners extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
      if (EngineSetup.ofReviewRecovery(process)) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelineRecorder.this::caseEnded);
      }
    }

    @Override
    public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
      if (EngineSetup.ofReviewRecovery(activity)) {
        CaseOutcome.ofEndEvent(activity.getId()).ifPresent(outcome -> activity.addBuiltInListener(
            ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> outcomeReached(execution, outcome)));
      }
    }

    @Override
    public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (EngineSetup.ofReviewRecovery(activity) && TASK_SEND_PRIVATE_OUTREACH.equals(activity.getId())) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelineRecorder.this::proposalSent);
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (EngineSetup.ofReviewRecovery(activity) && TASK_RECORD_CUSTOMER_ANSWER.equals(activity.getId())) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CaseTimelineRecorder.this::customerAnswerRecorded);
      }
    }
  }
}
