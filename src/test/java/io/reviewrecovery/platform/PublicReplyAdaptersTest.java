package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.reviewrecovery.process.ReviewRecoveryProcess.END_PUBLIC_REPLY_POSTED;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_POST_PUBLIC_REPLY;
import static io.reviewrecovery.process.ReviewVariables.PUBLIC_REPLY_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.jobs.JobFailure;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "Post public reply" job against each platform's API on WireMock: the exact request, and what
 * the job does when the platform fails (retry no earlier than asked, incident at once when it
 * refuses, wait for the next day at Yelp's daily limit) without ever posting twice.
 */
class PublicReplyAdaptersTest extends PlatformIntegrationTest {

  private static final String REPLY = "We sincerely apologize for the initial experience. We have reached out "
      + "privately to put things right, and our offer stands.";

  @Autowired ReviewRecoveryProperties properties;

  // --- Google ---------------------------------------------------------------------------------

  @Test
  void google_putsTheReplyUnderTheReview() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(put(googleReply(reviewId)).willReturn(okJson("{\"comment\": \"ok\"}")));

    ProcessInstance instance = postingReply("google", reviewId, REPLY);
    managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId());
    cases.runAsyncJobs(instance.getId());

    PLATFORMS.verify(1, putRequestedFor(urlPathEqualTo(googleReply(reviewId)))
        .withHeader("Authorization", equalTo("Bearer " + GOOGLE_TOKEN))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"comment\": \"" + REPLY + "\"}")));
    assertThat(ended(instance)).isEqualTo(END_PUBLIC_REPLY_POSTED);
  }

  @Test
  void google_429_isRetriedNoEarlierThanRetryAfter_andThenPosts() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(put(googleReply(reviewId)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")
            .withBody("{\"error\": {\"code\": 429, \"message\": \"Quota exceeded\", \"status\": \"RESOURCE_EXHAUSTED\"}}"))
        .willSetStateTo("calm"));
    PLATFORMS.stubFor(put(googleReply(reviewId)).inScenario("busy").whenScenarioStateIs("calm")
        .willReturn(okJson("{}")));
    ProcessInstance instance = postingReply("google", reviewId, REPLY);

    Job job = job(instance, TASK_POST_PUBLIC_REPLY);
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Quota exceeded");

    Job failed = job(instance, TASK_POST_PUBLIC_REPLY);
    assertThat(failed.getRetries()).as("one retry used of the schedule").isEqualTo(retriesAfterOneFailure());
    assertThat(failed.getDuedate()).isAfter(java.util.Date.from(Instant.now().plus(9, ChronoUnit.MINUTES)));
    assertThat(failed.getExceptionMessage()).contains("HTTP 429", "RESOURCE_EXHAUSTED", "Retried no earlier than");

    managementService.executeJob(failed.getId());
    cases.runAsyncJobs(instance.getId());
    PLATFORMS.verify(2, putRequestedFor(urlPathEqualTo(googleReply(reviewId))));
    assertThat(ended(instance)).isEqualTo(END_PUBLIC_REPLY_POSTED);
  }

  @Test
  void google_5xx_isRetried() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(put(googleReply(reviewId)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    ProcessInstance instance = postingReply("google", reviewId, REPLY);

    Instant before = Instant.now();
    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .hasMessageContaining("HTTP 503");

    Job failed = job(instance, TASK_POST_PUBLIC_REPLY);
    assertThat(failed.getRetries()).isEqualTo(retriesAfterOneFailure());
    Duration firstInterval = properties.process().deliveryRetryIntervals().get(0);
    assertThat(failed.getDuedate().toInstant()).as("retried after the schedule's first interval")
        .isBetween(before.plus(firstInterval), Instant.now().plus(firstInterval));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void google_4xx_becomesAnIncidentAtOnce_withWhatGoogleSaid_andIsNotRetried() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(put(googleReply(reviewId)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"code\": 400, \"message\": \"Request contains an invalid argument.\", \"status\": \"INVALID_ARGUMENT\"}}")));
    ProcessInstance instance = postingReply("google", reviewId, REPLY);

    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .isInstanceOf(JobFailure.class);

    assertThat(job(instance, TASK_POST_PUBLIC_REPLY).getRetries()).isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentMessage())
        .contains("Google answered HTTP 400", "INVALID_ARGUMENT Request contains an invalid argument.", "Not retried");
    PLATFORMS.verify(1, putRequestedFor(urlPathEqualTo(googleReply(reviewId))));
  }

  @Test
  void google_replyOver4096BytesIsRefusedWithoutCallingGoogle() {
    String reviewId = newReviewId();
    String tooLong = "é".repeat(2049); // 2049 characters, 4098 bytes
    ProcessInstance instance = postingReply("google", reviewId, tooLong);

    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .hasMessageContaining("Shorten the public reply to at most 4096 bytes (UTF-8); it has 4098.");

    assertThat(job(instance, TASK_POST_PUBLIC_REPLY).getRetries()).isZero();
    assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
  }

  // --- Trustpilot -----------------------------------------------------------------------------

  @Test
  void trustpilot_postsTheReplyAsTheBusinessUser() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(get(trustpilotReview(reviewId)).willReturn(okJson("{\"id\": \"" + reviewId + "\", \"stars\": 1}")));
    PLATFORMS.stubFor(post(trustpilotReply(reviewId)).willReturn(aResponse().withStatus(201)));
    ProcessInstance instance = postingReply("trustpilot", reviewId, REPLY);

    managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId());

    PLATFORMS.verify(getRequestedFor(urlPathEqualTo(trustpilotReview(reviewId)))
        .withHeader("apikey", equalTo(TRUSTPILOT_API_KEY)));
    PLATFORMS.verify(1, postRequestedFor(urlPathEqualTo(trustpilotReply(reviewId)))
        .withHeader("Authorization", equalTo("Bearer " + TRUSTPILOT_TOKEN))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"authorBusinessUserId\": \"" + TRUSTPILOT_BUSINESS_USER + "\", \"message\": \""
            + REPLY + "\"}")));
  }

  @Test
  void trustpilot_aRetryAfterATimeoutThatHadPostedDoesNotPostAgain() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(get(trustpilotReview(reviewId)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\": \"" + reviewId + "\"}")));
    PLATFORMS.stubFor(post(trustpilotReply(reviewId)).inScenario("slow")
        .willReturn(aResponse().withStatus(201).withFixedDelay(10_000)).willSetStateTo("replied"));
    PLATFORMS.stubFor(get(trustpilotReview(reviewId)).inScenario("slow").whenScenarioStateIs("replied")
        .willReturn(okJson("{\"id\": \"" + reviewId + "\", \"companyReply\": {\"text\": \"" + REPLY + "\"}}")));
    ProcessInstance instance = postingReply("trustpilot", reviewId, REPLY);

    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .hasMessageContaining("Trustpilot did not answer in time");
    assertThat(job(instance, TASK_POST_PUBLIC_REPLY).getRetries()).as("a timeout is retried").isEqualTo(retriesAfterOneFailure());

    managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId());
    cases.runAsyncJobs(instance.getId());

    PLATFORMS.verify(1, postRequestedFor(urlPathEqualTo(trustpilotReply(reviewId))));
    assertThat(ended(instance)).isEqualTo(END_PUBLIC_REPLY_POSTED);
  }

  // --- Yelp -----------------------------------------------------------------------------------

  @Test
  void yelp_postsAPublicComment() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(post(yelpReply(reviewId)).willReturn(okJson("{}")));
    ProcessInstance instance = postingReply("yelp", reviewId, REPLY);

    managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId());

    PLATFORMS.verify(1, postRequestedFor(urlPathEqualTo(yelpReply(reviewId)))
        .withHeader("Authorization", equalTo("Bearer " + YELP_TOKEN))
        .withRequestBody(equalToJson("{\"response_text\": \"" + REPLY + "\", \"response_type\": \"public_comment\"}")));
  }

  @Test
  void yelp_the21stReplyOfTheDayWaitsForTheNextDay_withoutUsingARetry() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    jdbc.update("delete from platform_reply_quota where platform = 'yelp'");
    jdbc.update("insert into platform_reply_quota (platform, location_id, reply_day, replies) values ('yelp', ?, ?, 20)",
        YELP_BUSINESS, Date.valueOf(today));
    String reviewId = newReviewId();
    PLATFORMS.stubFor(post(yelpReply(reviewId)).willReturn(okJson("{}")));
    ProcessInstance instance = postingReply("yelp", reviewId, REPLY);

    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .hasMessageContaining("Yelp allows 20 public replies per location a day");

    Job waiting = job(instance, TASK_POST_PUBLIC_REPLY);
    assertThat(waiting.getRetries()).as("the limit does not use up retries").isEqualTo(retriesAfterOneFailure() + 1);
    assertThat(waiting.getDuedate().toInstant()).isEqualTo(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(PLATFORMS.getAllServeEvents()).isEmpty();
    assertThat(jdbc.queryForObject("select replies from platform_reply_quota where platform = 'yelp' and reply_day = ?",
        Integer.class, Date.valueOf(today))).isEqualTo(20);
    jdbc.update("delete from platform_reply_quota where platform = 'yelp'");
  }

  @Test
  void yelp_quotaExceededFromYelpAlsoWaitsForTheNextDay() {
    jdbc.update("delete from platform_reply_quota where platform = 'yelp'");
    String reviewId = newReviewId();
    PLATFORMS.stubFor(post(yelpReply(reviewId)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"id\": \"R2R_COMMENT_QUOTA_EXCEEDED\", \"description\": \"You have made too many comments recently.\"}}")));
    ProcessInstance instance = postingReply("yelp", reviewId, REPLY);

    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .hasMessageContaining("R2R_COMMENT_QUOTA_EXCEEDED");

    assertThat(job(instance, TASK_POST_PUBLIC_REPLY).getRetries()).isEqualTo(retriesAfterOneFailure() + 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(jdbc.queryForObject("select replies from platform_reply_quota where platform = 'yelp'", Integer.class))
        .as("the failed post gave its slot back").isZero();
  }

  @Test
  void yelp_noAnswerIsNotRetried_keepsItsSlot_andTellsTheOperatorToLookFirst() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    jdbc.update("delete from platform_reply_quota where platform = 'yelp'");
    String reviewId = newReviewId();
    PLATFORMS.stubFor(post(yelpReply(reviewId)).willReturn(okJson("{}").withFixedDelay(10_000)));
    ProcessInstance instance = postingReply("yelp", reviewId, REPLY);

    assertThatThrownBy(() -> managementService.executeJob(job(instance, TASK_POST_PUBLIC_REPLY).getId()))
        .isInstanceOf(JobFailure.class).hasMessageContaining("Yelp did not answer in time");

    assertThat(job(instance, TASK_POST_PUBLIC_REPLY).getRetries()).as("not retried blindly").isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("may have been done anyway",
        "open review " + reviewId + " on Yelp and retry this job only if our reply is not there yet");
    PLATFORMS.verify(1, postRequestedFor(urlPathEqualTo(yelpReply(reviewId))));
    assertThat(jdbc.queryForObject("select replies from platform_reply_quota where platform = 'yelp' and reply_day = ?",
        Integer.class, Date.valueOf(today))).as("Yelp may have counted the reply").isOne();
    jdbc.update("delete from platform_reply_quota where platform = 'yelp'");
  }

  /** One more attempt follows each interval of the schedule; after the first failure, as many as it has intervals. */
  private int retriesAfterOneFailure() {
    return properties.process().deliveryRetryIntervals().size();
  }

  private ProcessInstance postingReply(String platform, String reviewId, String text) {
    return caseAt(TASK_POST_PUBLIC_REPLY, platform, reviewId, Map.of(PUBLIC_REPLY_TEXT.name(), text));
  }

  private static String googleReply(String reviewId) {
    return "/v4/accounts/%s/locations/%s/reviews/%s/reply".formatted(GOOGLE_ACCOUNT, GOOGLE_LOCATION, reviewId);
  }

  private static String trustpilotReview(String reviewId) {
    return "/v1/reviews/" + reviewId;
  }

  private static String trustpilotReply(String reviewId) {
    return "/v1/private/reviews/" + reviewId + "/reply";
  }

  private static String yelpReply(String reviewId) {
    return "/reviews/v1/" + reviewId;
  }
}
