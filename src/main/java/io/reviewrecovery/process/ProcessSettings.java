package io.reviewrecovery.process;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The configured waits, due dates, limits and retries as the BPMN reads them, e.g.
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

  public String getReviewerContactWait() {
    return iso(process.waits().reviewerContact());
  }

  public String getReviewRecheckWait() {
    return iso(process.waits().reviewRecheck());
  }

  /**
   * The {@code failedJobRetryTimeCycle} of every step that delivers to the outside world, e.g.
   * {@code PT1M,PT2M,PT5M}: Camunda retries the failed job once after each interval, in turn.
   */
  public String getDeliveryRetryCycle() {
    return process.deliveryRetryIntervals().stream().map(ProcessSettings::iso).collect(Collectors.joining(","));
  }

  private static String iso(Duration duration) {
    return duration.toString();
  }
}
