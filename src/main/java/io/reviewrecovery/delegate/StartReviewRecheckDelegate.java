package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REVIEW_ID;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_RATING;

import io.reviewrecovery.process.ReviewRecoveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Re-check the review later", just before a case ends with a public reply ("Public reply posted",
 * "Acknowledgement stands as public reply"): starts the case's re-check
 * ({@code processes/ReviewRecheck.bpmn}), under the same business key, with the review it looks up
 * and its rating at intake. An execution listener on that event, so Modeler's template can set it.
 */
@Component
public class StartReviewRecheckDelegate implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(ReviewRecoveryProcess.MESSAGE_PUBLIC_REPLY_POSTED)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariable(PLATFORM.name(), PLATFORM.required(execution))
        .setVariable(PLATFORM_REVIEW_ID.name(), PLATFORM_REVIEW_ID.required(execution))
        .setVariable(REVIEW_RATING.name(), REVIEW_RATING.required(execution))
        .correlateStartMessage();
  }
}
