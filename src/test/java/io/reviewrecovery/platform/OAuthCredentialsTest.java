package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.platform.google.GoogleBusinessProfile;
import io.reviewrecovery.platform.trustpilot.Trustpilot;
import io.reviewrecovery.review.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The platforms' access tokens against their token endpoints and APIs stubbed by WireMock: Google's
 * renewed from its refresh token, Trustpilot's obtained with the client credentials grant, each
 * renewed before it expires and once when the platform refuses it. Each test builds its adapter
 * anew, so each starts without a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthCredentialsTest {

  private static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());
  private static final String GOOGLE_TOKEN = "/google/token";
  private static final String GOOGLE_REVIEWS = "/v4/accounts/acc-1/locations/loc-1/reviews";
  private static final String TRUSTPILOT_TOKEN = "/trustpilot/accesstoken";
  private static final String TRUSTPILOT_REVIEWS = "/v1/private/business-units/bu-1/reviews";
  private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

  private SimpleMeterRegistry meters;
  private PlatformTokenStates states;

  @BeforeAll
  static void start() {
    SERVER.start();
  }

  @AfterAll
  static void stop() {
    SERVER.stop();
  }

  @BeforeEach
  void reset() {
    SERVER.resetAll();
    SERVER.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS)).willReturn(okJson("{\"reviews\": []}")));
    SERVER.stubFor(get(urlPathEqualTo(TRUSTPILOT_REVIEWS)).willReturn(okJson("{\"reviews\": []}")));
  }

  @Test
  void google_obtainsAnAccessTokenFromTheRefreshToken_andKeepsUsingItWhileItIsValid() {
    googleIssues("token-1", 3599);
    GoogleBusinessProfile google = google();

    google.reviewsChangedSince(SINCE);
    google.reviewsChangedSince(SINCE);

    SERVER.verify(1, postRequestedFor(urlPathEqualTo(GOOGLE_TOKEN))
        .withHeader("Authorization", equalTo(basic("google-client", "google-secret")))
        .withRequestBody(containing("grant_type=refresh_token"))
        .withRequestBody(containing("refresh_token=the-refresh-token")));
    assertThat(bearers(GOOGLE_REVIEWS)).containsExactly("Bearer token-1", "Bearer token-1");
    assertThat(states.state(Platform.GOOGLE).validUntil()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
    assertThat(counted(PlatformTokenStates.RENEWALS, "google")).isEqualTo(1);
  }

  @Test
  void google_aTokenThatExpiresBetweenTwoPolls_isRenewedBeforeTheSecondPoll() {
    // Valid for no longer than the renewal margin: expired for every call after the first.
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).inScenario("tokens").whenScenarioStateIs(STARTED)
        .willReturn(tokenAnswer("token-1", OAuthCredentials.RENEWAL_MARGIN.toSeconds())).willSetStateTo("renewed"));
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).inScenario("tokens").whenScenarioStateIs("renewed")
        .willReturn(tokenAnswer("token-2", 3599)));
    GoogleBusinessProfile google = google();

    google.reviewsChangedSince(SINCE);
    google.reviewsChangedSince(SINCE);

    assertThat(bearers(GOOGLE_REVIEWS)).containsExactly("Bearer token-1", "Bearer token-2");
    SERVER.verify(2, postRequestedFor(urlPathEqualTo(GOOGLE_TOKEN)).withRequestBody(containing("grant_type=refresh_token")));
    assertThat(counted(PlatformTokenStates.RENEWALS, "google")).isEqualTo(2);
  }

  @Test
  void google_aRefusedToken_isRenewedOnce_andTheCallSentOnceMore() {
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).inScenario("tokens").whenScenarioStateIs(STARTED)
        .willReturn(tokenAnswer("token-1", 3599)).willSetStateTo("renewed"));
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).inScenario("tokens").whenScenarioStateIs("renewed")
        .willReturn(tokenAnswer("token-2", 3599)));
    SERVER.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS)).withHeader("Authorization", equalTo("Bearer token-1"))
        .willReturn(aResponse().withStatus(401).withBody("{\"error\": {\"status\": \"UNAUTHENTICATED\"}}")));
    GoogleBusinessProfile google = google();

    assertThat(google.reviewsChangedSince(SINCE)).isEmpty();

    assertThat(bearers(GOOGLE_REVIEWS)).containsExactly("Bearer token-1", "Bearer token-2");
    SERVER.verify(2, postRequestedFor(urlPathEqualTo(GOOGLE_TOKEN)));
  }

  @Test
  void google_aTokenRefusedAgainAfterTheRenewal_isThePlatformsAnswer_notALoop() {
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).willReturn(tokenAnswer("token-1", 3599)));
    SERVER.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS))
        .willReturn(aResponse().withStatus(401).withBody("{\"error\": {\"status\": \"UNAUTHENTICATED\"}}")));
    GoogleBusinessProfile google = google();

    assertThatThrownBy(() -> google.reviewsChangedSince(SINCE)).isInstanceOf(JobFailure.class)
        .hasMessageContaining("Google answered HTTP 401 to list reviews")
        .satisfies(failure -> assertThat(((JobFailure) failure).kind()).isEqualTo(JobFailure.Kind.REFUSED));

    SERVER.verify(2, getRequestedFor(urlPathEqualTo(GOOGLE_REVIEWS)));
    SERVER.verify(2, postRequestedFor(urlPathEqualTo(GOOGLE_TOKEN)));
  }

  @Test
  void google_aRevokedRefreshToken_failsTheCallAsRefused_withAnErrorLineNamingGoogle_andIsTriedAgainNextTime(
      CapturedOutput output) {
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\": \"invalid_grant\", \"error_description\": \"Token has been expired or revoked.\"}")));
    GoogleBusinessProfile google = google();

    for (int poll = 0; poll < 2; poll++) {
      assertThatThrownBy(() -> google.reviewsChangedSince(SINCE)).isInstanceOf(JobFailure.class)
          .hasMessageContaining("Google refused to issue an access token (invalid_grant: Token has been expired or revoked.)")
          .hasMessageContaining("REVIEW_RECOVERY_GOOGLE_REFRESH_TOKEN")
          .satisfies(failure -> assertThat(((JobFailure) failure).kind()).isEqualTo(JobFailure.Kind.REFUSED));
    }

    SERVER.verify(2, postRequestedFor(urlPathEqualTo(GOOGLE_TOKEN)).withRequestBody(containing("refresh_token=the-refresh-token")));
    SERVER.verify(0, getRequestedFor(urlPathEqualTo(GOOGLE_REVIEWS)));
    assertThat(output.getOut()).containsPattern(
        "ERROR .*Google refused to renew the access token \\(invalid_grant: Token has been expired or revoked.\\)");
    assertThat(states.state(Platform.GOOGLE).refused()).isTrue();
    assertThat(counted(PlatformTokenStates.FAILURES, "google")).isEqualTo(2);
  }

  @Test
  void google_aTokenEndpointThatFails_isATransientFailure_notARefusal() {
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).willReturn(aResponse().withStatus(503)));
    GoogleBusinessProfile google = google();

    assertThatThrownBy(() -> google.reviewsChangedSince(SINCE)).isInstanceOf(JobFailure.class)
        .satisfies(failure -> assertThat(((JobFailure) failure).kind()).isEqualTo(JobFailure.Kind.UNAVAILABLE));
    assertThat(states.state(Platform.GOOGLE).refused()).isFalse();
    assertThat(states.state(Platform.GOOGLE).failure()).contains("invalid_token_response");
  }

  @Test
  void trustpilot_obtainsItsTokenWithTheClientCredentialsGrant_asItsTokenEndpointAnswers() {
    // Trustpilot's answer: expires_in as a string (100 hours), and a token type of its own.
    SERVER.stubFor(post(urlPathEqualTo(TRUSTPILOT_TOKEN)).willReturn(okJson("""
        {"access_token": "tp-token-1", "expires_in": "359999", "token_type": "BearerToken",
         "issued_at": "1700000000000", "status": "approved"}""")));
    Trustpilot trustpilot = trustpilot();

    trustpilot.reviewsChangedSince(SINCE);
    trustpilot.reviewsChangedSince(SINCE);

    SERVER.verify(1, postRequestedFor(urlPathEqualTo(TRUSTPILOT_TOKEN))
        .withHeader("Authorization", equalTo(basic("tp-api-key", "tp-api-secret")))
        .withRequestBody(equalTo("grant_type=client_credentials")));
    assertThat(bearers(TRUSTPILOT_REVIEWS)).containsExactly("Bearer tp-token-1", "Bearer tp-token-1");
    assertThat(states.state(Platform.TRUSTPILOT).validUntil())
        .isAfter(Instant.now().plus(Duration.ofHours(99)));
  }

  @Test
  void trustpilot_anExpiredToken_isReplacedByANewOne() {
    SERVER.stubFor(post(urlPathEqualTo(TRUSTPILOT_TOKEN)).inScenario("tokens").whenScenarioStateIs(STARTED)
        .willReturn(tokenAnswer("tp-token-1", OAuthCredentials.RENEWAL_MARGIN.toSeconds())).willSetStateTo("renewed"));
    SERVER.stubFor(post(urlPathEqualTo(TRUSTPILOT_TOKEN)).inScenario("tokens").whenScenarioStateIs("renewed")
        .willReturn(tokenAnswer("tp-token-2", 359999)));
    Trustpilot trustpilot = trustpilot();

    trustpilot.reviewsChangedSince(SINCE);
    trustpilot.reviewsChangedSince(SINCE);

    assertThat(bearers(TRUSTPILOT_REVIEWS)).containsExactly("Bearer tp-token-1", "Bearer tp-token-2");
    SERVER.verify(2, postRequestedFor(urlPathEqualTo(TRUSTPILOT_TOKEN)).withRequestBody(equalTo("grant_type=client_credentials")));
  }

  private GoogleBusinessProfile google() {
    PlatformProperties properties = properties(new PlatformProperties.Google(true, URI.create(SERVER.baseUrl()),
        URI.create(SERVER.baseUrl() + GOOGLE_TOKEN), "google-client", "google-secret", "the-refresh-token", "acc-1",
        "loc-1", null), disabledTrustpilot());
    return new GoogleBusinessProfile(properties, states(properties));
  }

  private Trustpilot trustpilot() {
    PlatformProperties properties = properties(disabledGoogle(), new PlatformProperties.Trustpilot(true,
        URI.create(SERVER.baseUrl()), URI.create(SERVER.baseUrl() + TRUSTPILOT_TOKEN), "tp-api-key", "tp-api-secret",
        "business-user-1", "bu-1", null));
    return new Trustpilot(properties, states(properties));
  }

  private PlatformTokenStates states(PlatformProperties properties) {
    meters = new SimpleMeterRegistry();
    states = new PlatformTokenStates(meters, properties);
    return states;
  }

  private double counted(String counter, String platform) {
    return meters.get(counter).tag("platform", platform).counter().count();
  }

  private static PlatformProperties properties(PlatformProperties.Google google, PlatformProperties.Trustpilot trustpilot) {
    return new PlatformProperties(3, false,
        new PlatformProperties.Http(Duration.ofSeconds(1), Duration.ofSeconds(5)),
        new PlatformProperties.Polling(Duration.ofMinutes(5), Duration.ofDays(7), 100, 3),
        new PlatformProperties.Webhooks(Duration.ofMinutes(5), Duration.ofSeconds(30)),
        google, trustpilot,
        new PlatformProperties.Yelp(false, URI.create("http://localhost"), null, null, 20, ZoneOffset.UTC, null));
  }

  private static PlatformProperties.Google disabledGoogle() {
    return new PlatformProperties.Google(false, URI.create("http://localhost"), URI.create("http://localhost"),
        null, null, null, null, null, null);
  }

  private static PlatformProperties.Trustpilot disabledTrustpilot() {
    return new PlatformProperties.Trustpilot(false, URI.create("http://localhost"), URI.create("http://localhost"),
        null, null, null, null, null);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenAnswer(String token, long expiresIn) {
    return okJson("{\"access_token\": \"%s\", \"expires_in\": %d, \"token_type\": \"Bearer\"}".formatted(token, expiresIn));
  }

  private static void googleIssues(String token, long expiresIn) {
    SERVER.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN)).willReturn(tokenAnswer(token, expiresIn)));
  }

  /** The Authorization headers of the calls to the path, in the order they were made. */
  private static List<String> bearers(String path) {
    return SERVER.findAll(getRequestedFor(urlPathMatching(path))).stream()
        .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
        .map(request -> request.getHeader("Authorization")).toList();
  }

  private static String basic(String id, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
