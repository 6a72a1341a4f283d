package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.platform.PublicReplies;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When "Approve public reply" is created: pre-fills the reply from what happened in the case; for a
 * reviewer who is no customer of ours, the calm reply that invites them to get in touch.
 */
@Component
public class DraftPublicReplyListener implements TaskListener {

  private final PublicReplies publicReplies;

  public DraftPublicReplyListener(PublicReplies publicReplies) {
    this.publicReplies = publicReplies;
  }

  @Override
  public void notify(DelegateTask task) {
    PUBLIC_REPLY_TEXT.set(task, Boolean.FALSE.equals(REVIEWER_IS_CUSTOMER.from(task)) ? publicReplies.draftForNonCustomer()
        : publicReplies.draft(Boolean.TRUE.equals(REMEDY_IMPLEMENTED.from(task)), Boolean.TRUE.equals(CUSTOMER_SATISFIED.from(task))));
  }
}
