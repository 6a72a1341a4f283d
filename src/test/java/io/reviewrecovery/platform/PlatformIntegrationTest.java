package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REVIEW_ID;

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
  protected static final String GOOGLE_TOKEN = "google-access-token";
  protected static final String GOOGLE_ACCOUNT = "acc-1";
  protected static final String GOOGLE_LOCATION = "loc-1";
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
    properties.add(platforms + "google.access-token", () -> GOOGLE_TOKEN);
    properties.add(platforms + "google.account-id", () -> GOOGLE_ACCOUNT);
    properties.add(platforms + "google.location-id", () -> GOOGLE_LOCATION);
    properties.add(platforms + "google.webhook-secret", () -> GOOGLE_WEBHOOK_SECRET);
    properties.add(platforms + "trustpilot.enabled", () -> "true");
    properties.add(platforms + "trustpilot.base-url", PLATFORMS::baseUrl);
    properties.add(platforms + "trustpilot.access-token", () -> TRUSTPILOT_TOKEN);
    properties.add(platforms + "trustpilot.api-key", () -> TRUSTPILOT_API_KEY);
    properties.add(platforms + "trustpilot.business-user-id", () -> TRUSTPILOT_BUSINESS_USER);
    properties.add(platforms + "trustpilot.business-unit-id", () -> TRUSTPILOT_BUSINESS_UNIT);
    properties.add(platforms + "trustpilot.webhook-secret", () -> TRUSTPILOT_WEBHOOK_SECRET);
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
    // The poller looks up the review of every open case (is it still published?): unless a test
    // says otherwise, every review is.
    PLATFORMS.stubFor(get(urlPathMatching("/v4/accounts/[^/]+/locations/[^/]+/reviews/[^/]+")).atPriority(10)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
    PLATFORMS.stubFor(get(urlPathMatching("/v1/reviews/[^/]+")).atPriority(10)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
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
