package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.compliance.CaseSpecificsLookup;
import io.reviewrecovery.platform.PublicReplies;
import io.reviewrecovery.process.CaseData;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** "Post public acknowledgement": the approved acknowledgement, under the review on its platform, once per case. */
@Component
public class PostAcknowledgementDelegate implements JavaDelegate {

  private final PublicReplies publicReplies;
  private final CaseSpecificsLookup caseSpecifics;

  public PostAcknowledgementDelegate(PublicReplies publicReplies, CaseSpecificsLookup caseSpecifics) {
    this.publicReplies = publicReplies;
    this.caseSpecifics = caseSpecifics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publicReplies.postAcknowledgement(execution.getProcessBusinessKey(), CaseData.platformReview(execution),
        ACKNOWLEDGEMENT_TEXT.required(execution), caseSpecifics.of(execution));
    if (ACKNOWLEDGEMENT_POSTED_AT.from(execution) == null) {
      ACKNOWLEDGEMENT_POSTED_AT.set(execution, ClockUtil.getCurrentTime());
    }
  }
}
