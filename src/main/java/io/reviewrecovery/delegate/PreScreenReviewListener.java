package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.compliance.ReviewPreScreen;
import io.reviewrecovery.process.ProcessVariable;
import io.reviewrecovery.review.TermsViolationReason;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Assess review against platform terms". When it is created: the automatic findings the assessor
 * starts from. A reviewer with no purchase on record is a likely terms case: "not a customer" is
 * pre-selected with the verification's finding as evidence, which the assessor may change, as they
 * may override the finding itself (a customer who paid in cash). When it is completed: the
 * assessor's answer goes to the case, and the reasons and evidence only with a "yes".
 */
@Component
public class PreScreenReviewListener implements TaskListener {

  private final ReviewPreScreen preScreen;

  public PreScreenReviewListener(ReviewPreScreen preScreen) {
    this.preScreen = preScreen;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      preSelect(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      keepTheAnswer(task);
    }
  }

  private void preSelect(DelegateTask task) {
    TERMS_PRE_SCREEN.set(task, preScreen.summary(REVIEW_TEXT.required(task), REVIEWER_VERIFIED.required(task)));
    if (Boolean.FALSE.equals(REVIEWER_IS_CUSTOMER.from(task))) {
      // Task-local, so they reach the case only through keepTheAnswer: a "no" hides the reasons and
      // the evidence on the form and leaves none behind. The answer is the text a form's radio
      // button carries ("true"), or Tasklist would show no option selected.
      task.setVariableLocal(TERMS_VIOLATED.name(), Boolean.TRUE.toString());
      VIOLATION_REASONS.setLocal(task, List.of(TermsViolationReason.NOT_A_CUSTOMER));
      VIOLATION_EVIDENCE.setLocal(task, VERIFICATION_FINDING.from(task));
    }
  }

  /**
   * A form submitted over the pre-selection sets the answers on the task, whose own variables end
   * with it; a completion that carries variables (the REST API's {@code complete}) sets them on the
   * case. Either way the case keeps the answer, and the reasons and evidence only with a "yes".
   */
  private static void keepTheAnswer(DelegateTask task) {
    Object preSelected = task.getVariableLocal(TERMS_VIOLATED.name());
    if (preSelected == null) {
      return;
    }
    DelegateExecution theCase = task.getExecution();
    Object answer = theCase.hasVariable(TERMS_VIOLATED.name()) ? theCase.getVariable(TERMS_VIOLATED.name()) : preSelected;
    boolean violated = Boolean.parseBoolean(String.valueOf(answer));
    TERMS_VIOLATED.set(theCase, violated);
    if (violated) {
      for (ProcessVariable<?> given : List.of(VIOLATION_REASONS, VIOLATION_EVIDENCE)) {
        if (!theCase.hasVariable(given.name())) {
          theCase.setVariable(given.name(), task.getVariableLocalTyped(given.name()));
        }
      }
    }
  }
}
