package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.ACKNOWLEDGEMENT_TEXT;

import io.reviewrecovery.platform.PublicReplies;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When "Approve public acknowledgement" is created: pre-fills the short, calm acknowledgement. */
@Component
public class DraftAcknowledgementListener implements TaskListener {

  private final PublicReplies publicReplies;

  public DraftAcknowledgementListener(PublicReplies publicReplies) {
    this.publicReplies = publicReplies;
  }

  @Override
  public void notify(DelegateTask task) {
    ACKNOWLEDGEMENT_TEXT.set(task, publicReplies.draftAcknowledgement());
  }
}
