package io.reviewrecovery.process;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The configured waits, due dates and limits as the BPMN reads them, e.g.
 * {@code ${processSettings.customerAnswerWait}}: durations as ISO-8601 strings, which is what
 * Camunda timers and due dates accept.
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

  public String getAssessTermsDue() {
    return iso(process.taskDue().assessTerms());
  }

  public String getReportToPlatformDue() {
    return iso(process.taskDue().reportToPlatform());
  }

  public String getPrepareOutreachDue() {
    return iso(process.taskDue().prepareOutreach());
  }

  public String getImplementRemedyDue() {
    return iso(process.taskDue().implementRemedy());
  }

  public String getApprovePublicReplyDue() {
    return iso(process.taskDue().approvePublicReply());
  }

  private static String iso(Duration duration) {
    return duration.toString();
  }
}
