package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.compliance.ReviewPreScreen;
import io.reviewrecovery.review.TermsViolationReason;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Assess review against platform terms" is created: the automatic findings the assessor
 * starts from. A reviewer with no purchase on record is a likely terms case: "not a customer" is
 * pre-selected with the verification's finding as evidence, which the assessor may change, as they
 * may override the finding itself (a customer who paid in cash).
 */
@Component
public class PreScreenReviewListener implements TaskListener {

  private final ReviewPreScreen preScreen;

  public PreScreenReviewListener(ReviewPreScreen preScreen) {
    this.preScreen = preScreen;
  }

  @Override
  public void notify(DelegateTask task) {
    TERMS_PRE_SCREEN.set(task, preScreen.summary(REVIEW_TEXT.required(task), REVIEWER_VERIFIED.required(task)));
    if (Boolean.FALSE.equals(REVIEWER_IS_CUSTOMER.from(task))) {
      // Task-local, so they reach the case only as the assessor submits them: a "no" hides the
      // reasons and the evidence, and leaves none behind. The answer is the text a form's radio
      // button carries ("true"), or Tasklist would show no option selected; completing the task
      // stores it as a boolean (StoreYesNoAnswersListener).
      task.setVariableLocal(TERMS_VIOLATED.name(), Boolean.TRUE.toString());
      VIOLATION_REASONS.setLocal(task, List.of(TermsViolationReason.NOT_A_CUSTOMER));
      VIOLATION_EVIDENCE.setLocal(task, VERIFICATION_FINDING.from(task));
    }
  }
}
