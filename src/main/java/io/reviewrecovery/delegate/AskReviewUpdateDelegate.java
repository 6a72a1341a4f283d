package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.OUTREACH_CHANNEL;

import io.reviewrecovery.outreach.CustomerOutreach;
import io.reviewrecovery.process.CaseData;
import io.reviewrecovery.review.Channel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask customer to update review": the one gentle request, after confirmed satisfaction. */
@Component
public class AskReviewUpdateDelegate implements JavaDelegate {

  private final CustomerOutreach outreach;

  public AskReviewUpdateDelegate(CustomerOutreach outreach) {
    this.outreach = outreach;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outreach.askToUpdateReview(CaseData.reviewer(execution), Channel.valueOf(OUTREACH_CHANNEL.required(execution)));
  }
}
