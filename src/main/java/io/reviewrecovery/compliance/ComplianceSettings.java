package io.reviewrecovery.compliance;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.review.Platform;
import org.springframework.stereotype.Component;

/**
 * The compliance switches as the BPMN reads them, e.g.
 * {@code ${complianceSettings.updateRequestAllowed(platform)}}.
 */
@Component("complianceSettings")
public class ComplianceSettings {

  private final ReviewRecoveryProperties.UpdateRequest updateRequest;

  public ComplianceSettings(ReviewRecoveryProperties properties) {
    this.updateRequest = properties.compliance().updateRequest();
  }

  /** Whether the platform's rules let the business ask a satisfied customer, once, to update the review. */
  public boolean updateRequestAllowed(String platformCode) {
    Platform platform = Platform.fromCode(platformCode)
        .orElseThrow(() -> new IllegalArgumentException("Unknown platform '" + platformCode + "'"));
    return switch (platform) {
      case GOOGLE -> updateRequest.google();
      case TRUSTPILOT -> updateRequest.trustpilot();
      case YELP -> updateRequest.yelp();
    };
  }
}
