package io.reviewrecovery.delegate;

import io.reviewrecovery.outreach.CustomerOutreach;
import io.reviewrecovery.process.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send private outreach": the apology and the remedy, by email or platform message. */
@Component
public class SendPrivateOutreachDelegate implements JavaDelegate {

  private final CustomerOutreach outreach;

  public SendPrivateOutreachDelegate(CustomerOutreach outreach) {
    this.outreach = outreach;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outreach.sendProposal(CaseData.reviewer(execution), CaseData.proposal(execution));
  }
}
