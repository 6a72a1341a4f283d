package io.reviewrecovery.delegate;

import io.reviewrecovery.outreach.CustomerOutreach;
import io.reviewrecovery.process.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask customer to confirm satisfaction" once the remedy is implemented. */
@Component
public class AskSatisfactionDelegate implements JavaDelegate {

  private final CustomerOutreach outreach;

  public AskSatisfactionDelegate(CustomerOutreach outreach) {
    this.outreach = outreach;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outreach.askSatisfaction(CaseData.reviewer(execution), CaseData.proposal(execution));
  }
}
