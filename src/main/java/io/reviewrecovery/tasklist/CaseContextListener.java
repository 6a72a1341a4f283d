package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When any user task of the process is created ({@link CaseContextPlugin} attaches it to each): a
 * name and description that tell the case at a glance in Tasklist's list, e.g. "Prepare apology
 * and remedy · Google · 1★ · “The lemon cake arrived…”", and the case's history for the form, as a
 * variable of this task alone. A chase task's description starts with what is late
 * ({@code ChaseLateCaseListener}, one of the task's own listeners, which run first). The diagram
 * keeps its plain step names.
 */
@Component
public class CaseContextListener implements TaskListener {

  private final CaseHistory caseHistory;

  public CaseContextListener(CaseHistory caseHistory) {
    this.caseHistory = caseHistory;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewSummary review = new ReviewSummary(PLATFORM.from(task), REVIEW_RATING.from(task), REVIEW_TEXT.from(task));
    task.setName(task.getBpmnModelElementInstance().getName() + review.nameSuffix());
    String escalation = ESCALATION_SUMMARY.from(task);
    task.setDescription(escalation == null ? review.description() : escalation + " " + review.description());
    CASE_HISTORY.setLocal(task, caseHistory.of(task));
  }
}
