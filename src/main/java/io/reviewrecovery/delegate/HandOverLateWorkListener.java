package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.CHASE_OUTCOME;
import static io.reviewrecovery.process.ReviewVariables.LATE_WORK_ASSIGNEE;

import io.reviewrecovery.engine.LateWork;
import io.reviewrecovery.process.ChaseOutcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a chase task is completed with a hand-over: assigns the case's late task to the colleague
 * named on the form, or to the chaser who took it over, so it is in their "My reviews". The
 * completion guard has checked that they may do that work.
 */
@Component
public class HandOverLateWorkListener implements TaskListener {

  private final LateWork lateWork;

  public HandOverLateWorkListener(LateWork lateWork) {
    this.lateWork = lateWork;
  }

  @Override
  public void notify(DelegateTask task) {
    ChaseOutcome outcome = CHASE_OUTCOME.required(task);
    if (outcome == ChaseOutcome.HANDED_OVER) {
      lateWork.handOver(task.getProcessInstanceId(), LATE_WORK_ASSIGNEE.required(task));
    } else if (outcome == ChaseOutcome.TAKEN_OVER) {
      lateWork.handOver(task.getProcessInstanceId(),
          task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId());
    }
  }
}
