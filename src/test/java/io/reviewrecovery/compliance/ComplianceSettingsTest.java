package io.reviewrecovery.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import org.junit.jupiter.api.Test;

class ComplianceSettingsTest {

  private final ComplianceSettings settings = new ComplianceSettings(new ReviewRecoveryProperties(null, null, null,
      new ReviewRecoveryProperties.Compliance(new ReviewRecoveryProperties.UpdateRequest(true, false, false))));

  @Test
  void answersPerPlatformAsConfigured() {
    assertThat(settings.updateRequestAllowed("google")).isTrue();
    assertThat(settings.updateRequestAllowed("trustpilot")).isFalse();
    assertThat(settings.updateRequestAllowed("yelp")).isFalse();
  }

  @Test
  void refusesAPlatformItDoesNotKnow() {
    assertThatThrownBy(() -> settings.updateRequestAllowed("tripadvisor"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tripadvisor");
  }
}
