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
      TERMS_VIOLATED.set(task, true);
      VIOLATION_REASONS.set(task, List.of(TermsViolationReason.NOT_A_CUSTOMER));
      VIOLATION_EVIDENCE.set(task, VERIFICATION_FINDING.from(task));
    }
  }
}
