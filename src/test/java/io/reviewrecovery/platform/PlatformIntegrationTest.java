package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REVIEW_ID;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_RATING;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.CaseOutcome;
import io.reviewrecovery.cases.CaseStartGuard;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with all three platforms enabled against one WireMock server. This is the one
 * Spring context besides {@link ReviewRecoveryTest}'s: every class extending this one shares it.
 * Yelp has no webhook secret here, so its webhook counts as not enabled.
 */
@ReviewRecoveryTest
public abstract class PlatformIntegrationTest {

  protected static final WireMockServer PLATFORMS = new WireMockServer(options().dynamicPort());
  /** The access token Google's token endpoint (stubbed here) issues, valid for an hour. */
  protected static final String GOOGLE_TOKEN = "google-access-token";
  protected static final String GOOGLE_TOKEN_PATH = "/google/oauth2/token";
  protected static final String TRUSTPILOT_TOKEN_PATH = "/trustpilot/oauth/accesstoken";
  protected static final String GOOGLE_ACCOUNT = "acc-1";
  protected static final String GOOGLE_LOCATION = "loc-1";
  /** Few, so a test sees which open cases a poll looks up: the newest never looked up come first. */
  protected static final int PRESENCE_CHECKS_PER_POLL = 2;
  protected static final String GOOGLE_REVIEWS = "/v4/accounts/%s/locations/%s/reviews".formatted(GOOGLE_ACCOUNT, GOOGLE_LOCATION);
  protected static final String TRUSTPILOT_TOKEN = "trustpilot-access-token";
  protected static final String TRUSTPILOT_API_KEY = "trustpilot-api-key";
  protected static final String TRUSTPILOT_BUSINESS_USER = "business-user-7";
  protected static final String TRUSTPILOT_BUSINESS_UNIT = "507f191e810c19729de860ea";
  protected static final String YELP_TOKEN = "yelp-access-token";
  protected static final String YELP_BUSINESS = "yelp-biz-1";
  protected static final String GOOGLE_WEBHOOK_SECRET = "google-webhook-secret";
  protected static final String TRUSTPILOT_WEBHOOK_SECRET = "trustpilot-webhook-secret";

  static {
    PLATFORMS.start();
  }

  @DynamicPropertySource
  static void platformsOnWireMock(DynamicPropertyRegistry properties) {
    String platforms = "review-recovery.platforms.";
    properties.add(platforms + "http.connect-timeout", () -> "PT1S");
    // Long enough for a cold WireMock on a loaded machine; the timeout tests delay their answers past it.
    properties.add(platforms + "http.read-timeout", () -> "PT5S");
    properties.add(platforms + "google.enabled", () -> "true");
    properties.add(platforms + "google.base-url", PLATFORMS::baseUrl);
    properties.add(platforms + "google.token-uri", () -> PLATFORMS.baseUrl() + GOOGLE_TOKEN_PATH);
    properties.add(platforms + "google.client-id", () -> "google-client");
    properties.add(platforms + "google.client-secret", () -> "google-secret");
    properties.add(platforms + "google.refresh-token", () -> "google-refresh-token");
    properties.add(platforms + "google.account-id", () -> GOOGLE_ACCOUNT);
    properties.add(platforms + "google.location-id", () -> GOOGLE_LOCATION);
    properties.add(platforms + "google.webhook-secret", () -> GOOGLE_WEBHOOK_SECRET);
    properties.add(platforms + "trustpilot.enabled", () -> "true");
    properties.add(platforms + "trustpilot.base-url", PLATFORMS::baseUrl);
    properties.add(platforms + "trustpilot.token-uri", () -> PLATFORMS.baseUrl() + TRUSTPILOT_TOKEN_PATH);
    properties.add(platforms + "trustpilot.api-secret", () -> "trustpilot-api-secret");
    properties.add(platforms + "trustpilot.api-key", () -> TRUSTPILOT_API_KEY);
    properties.add(platforms + "trustpilot.business-user-id", () -> TRUSTPILOT_BUSINESS_USER);
    properties.add(platforms + "trustpilot.business-unit-id", () -> TRUSTPILOT_BUSINESS_UNIT);
    properties.add(platforms + "trustpilot.webhook-secret", () -> TRUSTPILOT_WEBHOOK_SECRET);
    properties.add(platforms + "polling.presence-checks-per-poll", () -> PRESENCE_CHECKS_PER_POLL);
    properties.add(platforms + "yelp.enabled", () -> "true");
    properties.add(platforms + "yelp.base-url", PLATFORMS::baseUrl);
    properties.add(platforms + "yelp.access-token", () -> YELP_TOKEN);
    properties.add(platforms + "yelp.business-id", () -> YELP_BUSINESS);
  }

  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected ManagementService managementService;
  @Autowired
  protected ReviewIntake intake;
  @Autowired
  protected ReviewCases reviewCases;
  @Autowired
  protected HistoryService historyService;
  @Autowired
  protected JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;

  protected CaseDriver cases;

  @BeforeEach
  void forgetEarlierRequests() {
    PLATFORMS.resetAll();
    PLATFORMS.stubFor(post(urlPathEqualTo(GOOGLE_TOKEN_PATH)).atPriority(10)
        .willReturn(okJson("{\"access_token\": \"%s\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}"
            .formatted(GOOGLE_TOKEN))));
    PLATFORMS.stubFor(post(urlPathEqualTo(TRUSTPILOT_TOKEN_PATH)).atPriority(10)
        .willReturn(okJson("{\"access_token\": \"%s\", \"expires_in\": \"359999\", \"token_type\": \"BearerToken\"}"
            .formatted(TRUSTPILOT_TOKEN))));
    // The poller looks up the review of every open case (is it still published?): unless a test
    // says otherwise, every review is.
    PLATFORMS.stubFor(get(urlPathMatching("/v4/accounts/[^/]+/locations/[^/]+/reviews/[^/]+")).atPriority(10)
        .willReturn(okJson(googleReview("still-published", "ONE", "Still here.", Instant.parse("2026-11-01T10:00:00Z")))));
    PLATFORMS.stubFor(get(urlPathMatching("/v1/reviews/[^/]+")).atPriority(10)
        .willReturn(okJson("""
            {"id": "still-published", "stars": 1, "title": "", "text": "Still here.", "createdAt": "2026-11-01T10:00:00Z"}
            """)));
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  /** A review as Google Business Profile's API lists it. */
  protected static String googleReview(String reviewId, String stars, String comment, Instant updated) {
    return """
        {"name": "accounts/%s/locations/%s/reviews/%s", "reviewId": "%s",
         "reviewer": {"displayName": "Jane Doe"}, "starRating": "%s", "comment": "%s",
         "createTime": "%s", "updateTime": "%s"}
        """.formatted(GOOGLE_ACCOUNT, GOOGLE_LOCATION, reviewId, reviewId, stars, comment,
        updated.minus(1, ChronoUnit.MINUTES), updated);
  }

  protected static String newReviewId() {
    return "r" + UUID.randomUUID().toString().replace("-", "");
  }

  /** A registered case of this review started right before the given step, as if it had come that far. */
  protected ProcessInstance caseAt(String activityId, String platform, String reviewId, Map<String, Object> variables) {
    String businessKey = ReviewCase.businessKey(platform, reviewId);
    ProcessInstance instance = CaseStartGuard.startThroughTheIntake(() -> runtimeService
        .createProcessInstanceByKey(ReviewRecoveryProcess.PROCESS_ID)
        .businessKey(businessKey)
        .setVariable(PLATFORM.name(), platform)
        .setVariable(PLATFORM_REVIEW_ID.name(), reviewId)
        .setVariable(REVIEW_RATING.name(), 1)
        .setVariables(variables)
        .startBeforeActivity(activityId)
        .execute());
    reviewCases.add(new ReviewCase(businessKey, platform, reviewId, instance.getId(), Instant.now()), null);
    return instance;
  }

  /** The end event the case ended at. */
  /** The end event of an outcome the case reached (also inside an event subprocess); null if none. */
  protected String ended(ProcessInstance instance) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list()
        .stream().map(HistoricActivityInstance::getActivityId).filter(id -> CaseOutcome.ofEndEvent(id).isPresent())
        .findFirst().orElse(null);
  }

  protected Job job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }
}
