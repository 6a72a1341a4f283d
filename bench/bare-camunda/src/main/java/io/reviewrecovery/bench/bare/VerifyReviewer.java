package io.reviewrecovery.bench.bare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The baseline's service task: one decision from the review's variables, one variable written. */
@Component
public class VerifyReviewer implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("reviewerVerified", execution.getVariable("orderReference") != null);
  }
}
