package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.compliance.ReviewPreScreen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When "Assess review against platform terms" is created: the automatic findings the assessor starts from. */
@Component
public class PreScreenReviewListener implements TaskListener {

  private final ReviewPreScreen preScreen;

  public PreScreenReviewListener(ReviewPreScreen preScreen) {
    this.preScreen = preScreen;
  }

  @Override
  public void notify(DelegateTask task) {
    TERMS_PRE_SCREEN.set(task, preScreen.summary(REVIEW_TEXT.required(task), REVIEWER_VERIFIED.required(task)));
  }
}
