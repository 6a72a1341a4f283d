package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The health contributor {@code platforms} and the poll lag gauge, with all three platforms
 * enabled against WireMock: up after polls that worked, down naming Google and why when its
 * refresh token is revoked (while Trustpilot is still polled) or when it was not polled for too
 * long, and up again once it is.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlatformHealthTest extends PlatformIntegrationTest {

  private static final String GOOGLE_REVIEWS = "/v4/accounts/" + GOOGLE_ACCOUNT + "/locations/" + GOOGLE_LOCATION + "/reviews";
  private static final String TRUSTPILOT_REVIEWS = "/v1/private/business-units/" + TRUSTPILOT_BUSINESS_UNIT + "/reviews";

  @Autowired
  @Qualifier("platformsHealthIndicator")
  HealthIndicator platforms;
  @Autowired
  ReviewPoller poller;
  @Autowired
  MeterRegistry meters;

  @BeforeEach
  void bothPlatformsListNoReviews() {
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS)).willReturn(okJson("{\"reviews\": []}")));
    PLATFORMS.stubFor(get(urlPathEqualTo(TRUSTPILOT_REVIEWS)).willReturn(okJson("{\"reviews\": []}")));
  }

  @Test
  void afterAPollThatWorked_everyEnabledPlatformIsListedAndUp() {
    poller.pollAll();

    Health health = platforms.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsOnlyKeys("google", "trustpilot", "yelp");
    Map<String, Object> google = details(health, "google");
    assertThat(google).containsEntry("status", "UP").containsEntry("pendingEvents", 0).doesNotContainKey("reason");
    assertThat(Instant.parse((String) google.get("lastSuccessfulPoll"))).isAfter(Instant.now().minusSeconds(60));
    assertThat((Map<String, Object>) google.get("token")).containsKey("validUntil");
    assertThat(details(health, "yelp")).as("Yelp is not polled").doesNotContainKeys("lastSuccessfulPoll", "pollLagSeconds");
    assertThat(pollLag("google")).isLessThan(60);
    assertThat(pollLag("trustpilot")).isLessThan(60);
  }

  @Test
  void aRevokedRefreshToken_makesThePlatformsDown_namingGoogleAndWhy_whileTrustpilotIsStillPolled(CapturedOutput output) {
    PLATFORMS.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN_PATH)).atPriority(1).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\": \"invalid_grant\", \"error_description\": \"Token has been expired or revoked.\"}")));
    // Google no longer takes the token it issued: the poll asks for a new one, and is refused.
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS)).atPriority(1).willReturn(aResponse().withStatus(401)));
    double failuresBefore = meters.get(PlatformTokenStates.FAILURES).tag("platform", "google").counter().count();

    poller.pollAll();

    Health health = platforms.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(details(health, "google")).containsEntry("status", "DOWN")
        .containsEntry("reason", "access token refused: invalid_grant: Token has been expired or revoked.");
    assertThat(details(health, "trustpilot")).containsEntry("status", "UP");
    PLATFORMS.verify(getRequestedFor(urlPathEqualTo(TRUSTPILOT_REVIEWS)));
    assertThat(output.getOut()).containsPattern("ERROR .*Google refused to renew the access token");
    assertThat(meters.get(PlatformTokenStates.FAILURES).tag("platform", "google").counter().count())
        .isEqualTo(failuresBefore + 1);

    // A new refresh token is granted (here: the token endpoint issues one again): up at the next poll.
    forgetEarlierRequests();
    bothPlatformsListNoReviews();
    poller.pollAll();
    assertThat(platforms.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aPlatformNotPolledForMoreThanThreeIntervals_isDown() {
    poller.pollAll();
    // 20 minutes ago, with polls every 5 minutes and 3 intervals allowed.
    jdbc.update("update platform_poll_state set polled_at = ? where platform = 'google'",
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(20))));

    Health health = platforms.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) details(health, "google").get("reason")).startsWith("no successful poll for 1200 s")
        .endsWith("(more than 3 intervals of PT5M)");
    assertThat(pollLag("google")).isBetween(1200.0, 1260.0);

    poller.pollAll();
    assertThat(platforms.health().getStatus()).isEqualTo(Status.UP);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> details(Health health, String platform) {
    return (Map<String, Object>) health.getDetails().get(platform);
  }

  private double pollLag(String platform) {
    return meters.get(PlatformStatuses.POLL_LAG).tag("platform", platform).gauge().value();
  }
}
