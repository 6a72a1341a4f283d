package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.process.ProcessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Prepare apology and remedy" is completed: counts the proposal and clears the customer's
 * answers to the previous one, so every answer in the case belongs to the current proposal (the
 * earlier ones stay in the history). The customer has not refused this proposal for good.
 */
@Component
public class NewProposalListener implements TaskListener {

  private static final List<ProcessVariable<?>> ANSWERS_TO_A_PROPOSAL = List.of(
      REMEDY_ACCEPTED, CUSTOMER_ANSWER_NOTE, DECLINE_REASON, REMEDY_IMPLEMENTED, REMEDY_IMPLEMENTATION_NOTE,
      REMEDY_NOT_DONE_REASON, CUSTOMER_SATISFIED, SATISFACTION_NOTE);

  @Override
  public void notify(DelegateTask task) {
    Integer previous = PROPOSAL_COUNT.from(task.getExecution());
    PROPOSAL_COUNT.set(task.getExecution(), previous == null ? 1 : previous + 1);
    ANSWERS_TO_A_PROPOSAL.forEach(answer -> answer.remove(task.getExecution()));
    FINAL_REFUSAL.set(task.getExecution(), false);
  }
}
