package io.reviewrecovery.process;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The configured waits, due dates and limits as the BPMN reads them, e.g.
 * {@code ${processSettings.customerAnswerWait}}: durations as ISO-8601 strings, which is what
 * Camunda timers and due dates accept. The response targets are {@link ResponseTargets}.
 */
@Component("processSettings")
public class ProcessSettings {

  private final ReviewRecoveryProperties.Process process;

  public ProcessSettings(ReviewRecoveryProperties properties) {
    this.process = properties.process();
  }

  public int getMaxProposals() {
    return process.maxProposals();
  }

  public String getPlatformDecisionWait() {
    return iso(process.waits().platformDecision());
  }

  public String getCustomerAnswerWait() {
    return iso(process.waits().customerAnswer());
  }

  public String getSatisfactionAnswerWait() {
    return iso(process.waits().satisfactionAnswer());
  }

  public String getReviewUpdateWait() {
    return iso(process.waits().reviewUpdate());
  }

  public String getImplementRemedyDue() {
    return iso(process.taskDue().implementRemedy());
  }

  private static String iso(Duration duration) {
    return duration.toString();
  }
}
