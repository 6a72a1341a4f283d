package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.FINAL_RATING;
import static io.reviewrecovery.process.ReviewVariables.FINAL_REVIEW_STATE;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REVIEW_ID;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_RATING;

import io.reviewrecovery.cases.FinalReview;
import io.reviewrecovery.platform.ReviewRecheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Look the review up again": keeps the review's final state and rating for the outcomes. */
@Component
public class RecheckReviewDelegate implements JavaDelegate {

  private final ReviewRecheck recheck;

  public RecheckReviewDelegate(ReviewRecheck recheck) {
    this.recheck = recheck;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FinalReview found = recheck.recheck(execution.getProcessBusinessKey(), PLATFORM.required(execution),
        PLATFORM_REVIEW_ID.required(execution), REVIEW_RATING.required(execution));
    FINAL_REVIEW_STATE.set(execution, found.state().name());
    if (found.rating() != null) {
      FINAL_RATING.set(execution, found.rating());
    }
  }
}
