package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.compliance.CaseSpecificsLookup;
import io.reviewrecovery.platform.PublicReplies;
import io.reviewrecovery.process.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Post public reply": the approved text, under the review on its platform. */
@Component
public class PostPublicReplyDelegate implements JavaDelegate {

  private final PublicReplies publicReplies;
  private final CaseSpecificsLookup caseSpecifics;

  public PostPublicReplyDelegate(PublicReplies publicReplies, CaseSpecificsLookup caseSpecifics) {
    this.publicReplies = publicReplies;
    this.caseSpecifics = caseSpecifics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publicReplies.post(execution.getProcessBusinessKey(), CaseData.platformReview(execution),
        PUBLIC_REPLY_TEXT.required(execution), caseSpecifics.of(execution));
  }
}
