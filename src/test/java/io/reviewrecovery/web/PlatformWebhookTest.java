package io.reviewrecovery.web;

import static io.reviewrecovery.process.ReviewRecoveryProcess.END_REVIEW_UPDATED_MID_CASE;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.platform.PlatformEventInbox;
import io.reviewrecovery.platform.PlatformIntegrationTest;
import io.reviewrecovery.platform.webhook.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/platform-webhooks/{platform}} over real HTTP, signed as docs/platforms.md describes. */
@Tag("postgres")
class PlatformWebhookTest extends PlatformIntegrationTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  PlatformEventInbox inbox;

  @Test
  void aSignedNewNegativeReviewStartsOneCase_andAReplayOfTheEventChangesNothing() {
    String reviewId = newReviewId();
    String body = newReview("evt-" + reviewId, "google", reviewId, 1);

    ResponseEntity<JsonNode> first = send("google", body, GOOGLE_WEBHOOK_SECRET, now());
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(first.getBody().get("state").asText()).isEqualTo("HANDLED");
    var reviewCase = reviewCases.find("google:" + reviewId).orElseThrow();

    ResponseEntity<JsonNode> replay = send("google", body, GOOGLE_WEBHOOK_SECRET, now());
    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(replay.getBody().get("duplicate").asBoolean()).isTrue();
    assertThat(reviewCases.find("google:" + reviewId).orElseThrow().processInstanceId())
        .isEqualTo(reviewCase.processInstanceId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("google:" + reviewId).count()).isOne();
  }

  @Test
  void aReviewAboveTheRatingLimitStartsNoCase() {
    String reviewId = newReviewId();

    ResponseEntity<JsonNode> answer = send("trustpilot", newReview("evt-" + reviewId, "trustpilot", reviewId, 4),
        TRUSTPILOT_WEBHOOK_SECRET, now());

    assertThat(answer.getBody().get("state").asText()).isEqualTo("IGNORED");
    assertThat(reviewCases.find("trustpilot:" + reviewId)).isEmpty();
  }

  @Test
  void unsignedWronglySignedOrStaleRequestsAre401_andChangeNothing() {
    String reviewId = newReviewId();
    String body = newReview("evt-" + reviewId, "google", reviewId, 1);
    long events = events();

    HttpHeaders unsigned = new HttpHeaders();
    unsigned.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.postForEntity("/api/platform-webhooks/google", new HttpEntity<>(body, unsigned), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(send("google", body, "not-the-secret", now()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(send("google", body, TRUSTPILOT_WEBHOOK_SECRET, now()).getStatusCode())
        .as("another platform's secret").isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<JsonNode> stale = send("google", body, GOOGLE_WEBHOOK_SECRET, now().minus(6, ChronoUnit.MINUTES));
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stale.getBody().get("detail").asText()).contains("replayed");

    assertThat(events()).isEqualTo(events);
    assertThat(reviewCases.find("google:" + reviewId)).isEmpty();
  }

  /** A signed timestamp beyond every instant was a 500. */
  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "-9223372036854775807", "-9223372036854775808", "31556889864403200"})
  void aSignedTimestampOutOfRangeIs401AsAReplay_andChangesNothing(String timestamp) {
    String reviewId = newReviewId();
    String body = newReview("evt-" + reviewId, "google", reviewId, 1);
    long events = events();

    ResponseEntity<JsonNode> answer = send("google", body, GOOGLE_WEBHOOK_SECRET, timestamp);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getBody().get("detail").asText()).contains("away from now", "replayed");
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void aSignedEventWithAFieldOfTheWrongTypeAControlCharacterOrAKeyTwiceIs400NamingIt_andChangesNothing() {
    String reviewId = newReviewId();
    String valid = newReview("evt-" + reviewId, "google", reviewId, 1);
    long events = events();

    List<Map.Entry<String, String>> fieldsAndBodies = List.of(
        Map.entry("review.rating", valid.replace("\"rating\": 1", "\"rating\": 1.5")),
        Map.entry("review.publishedAt", valid.replaceAll("\"publishedAt\": \"[^\"]+\"", "\"publishedAt\": 1e308")),
        Map.entry("review.platformReviewId", valid.replace("\"" + reviewId + "\"", "true")),
        Map.entry("review.text", valid.replace("two hours late", "two hours\\u0000late")),
        Map.entry("review.reviewerName", valid.replace("Jane Doe\"", "Jane\\u001bDoe\"")),
        Map.entry("review.text", valid.replace("\"text\":", "\"text\": \"once\", \"text\":")),
        Map.entry("eventId", valid.replace("{\"eventId\"", "{\"eventId\": \"evt-other\", \"eventId\"")));
    fieldsAndBodies.forEach(fieldAndBody -> {
      ResponseEntity<JsonNode> answer = send("google", fieldAndBody.getValue(), GOOGLE_WEBHOOK_SECRET, now());
      assertThat(answer.getStatusCode()).as(fieldAndBody.getValue()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("detail").asText()).as(fieldAndBody.getValue()).contains(fieldAndBody.getKey() + " ");
    });

    assertThat(events()).isEqualTo(events);
    assertThat(reviewCases.find("google:" + reviewId)).isEmpty();
  }

  @Test
  void aTamperedBodyIs401() {
    String reviewId = newReviewId();
    String signedBody = newReview("evt-" + reviewId, "google", reviewId, 1);
    String timestamp = String.valueOf(now().getEpochSecond());
    HttpHeaders headers = headers(timestamp, WebhookSignature.sign(GOOGLE_WEBHOOK_SECRET, timestamp,
        signedBody.getBytes(StandardCharsets.UTF_8)));

    ResponseEntity<JsonNode> answer = http.postForEntity("/api/platform-webhooks/google",
        new HttpEntity<>(signedBody.replace("\"rating\": 1", "\"rating\": 2"), headers), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unknownPlatformsAndPlatformsWithoutWebhookAre404() {
    String body = "{\"eventId\": \"e-1\", \"type\": \"REVIEW_REMOVED\", \"platformReviewId\": \"x\"}";

    assertThat(send("myspace", body, GOOGLE_WEBHOOK_SECRET, now()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("yelp", body, GOOGLE_WEBHOOK_SECRET, now()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void malformedOrIncompleteEventsAre400_andChangeNothing() {
    long events = events();

    ResponseEntity<JsonNode> notJson = send("google", "{not json", GOOGLE_WEBHOOK_SECRET, now());
    ResponseEntity<JsonNode> unknownType = send("google", "{\"eventId\": \"e-2\", \"type\": \"REVIEW_LIKED\"}",
        GOOGLE_WEBHOOK_SECRET, now());
    ResponseEntity<JsonNode> noReviewId = send("google", "{\"eventId\": \"e-3\", \"type\": \"REVIEW_UPDATED\"}",
        GOOGLE_WEBHOOK_SECRET, now());
    String reviewId = newReviewId();
    ResponseEntity<JsonNode> otherPlatformsReview = send("google", newReview("e-4", "yelp", reviewId, 1),
        GOOGLE_WEBHOOK_SECRET, now());
    ResponseEntity<JsonNode> badRating = send("google", newReview("e-5", "google", reviewId, 9), GOOGLE_WEBHOOK_SECRET, now());

    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReviewId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReviewId.getBody().get("detail").asText()).contains("needs platformReviewId");
    assertThat(otherPlatformsReview.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherPlatformsReview.getBody().get("detail").asText()).contains("review.platform must be google");
    assertThat(badRating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badRating.getBody().get("detail").asText()).contains("review.rating");
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void anUpdateAtAnyStep_endsTheCaseAsUpdated_andOneForTheEndedCaseIsRecorded() {
    String reviewId = newReviewId();
    String processInstanceId = caseAtTermsAssessment(reviewId);

    ResponseEntity<JsonNode> update = sendUpdate("evt-upd-" + reviewId, reviewId);

    assertThat(update.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(update.getBody().get("state").asText()).isEqualTo("HANDLED");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(END_REVIEW_UPDATED_MID_CASE).finished().count()).isOne();

    ResponseEntity<JsonNode> late = sendUpdate("evt-upd-2-" + reviewId, reviewId);
    assertThat(late.getStatusCode()).as("no error").isEqualTo(HttpStatus.ACCEPTED);
    assertThat(late.getBody().get("state").asText()).isEqualTo("DISCARDED");
  }

  private String caseAtTermsAssessment(String reviewId) {
    send("google", newReview("evt-new-" + reviewId, "google", reviewId, 1), GOOGLE_WEBHOOK_SECRET, now());
    String processInstanceId = reviewCases.find("google:" + reviewId).orElseThrow().processInstanceId();
    cases.runAsyncJobs(processInstanceId);
    assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly(TASK_ASSESS_TERMS);
    return processInstanceId;
  }

  private ResponseEntity<JsonNode> sendUpdate(String eventId, String reviewId) {
    return send("google", "{\"eventId\": \"" + eventId + "\", \"type\": \"REVIEW_UPDATED\", \"platformReviewId\": \""
        + reviewId + "\"}", GOOGLE_WEBHOOK_SECRET, now());
  }

  private String eventState(String eventId) {
    return jdbc.queryForObject("select state from platform_event where event_id = ?", String.class, eventId);
  }

  private ResponseEntity<JsonNode> send(String platform, String body, String secret, Instant at) {
    return send(platform, body, secret, String.valueOf(at.getEpochSecond()));
  }

  private ResponseEntity<JsonNode> send(String platform, String body, String secret, String timestamp) {
    String signature = WebhookSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    return http.postForEntity("/api/platform-webhooks/" + platform, new HttpEntity<>(body, headers(timestamp, signature)),
        JsonNode.class);
  }

  private static HttpHeaders headers(String timestamp, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(WebhookSignature.TIMESTAMP_HEADER, timestamp);
    headers.set(WebhookSignature.SIGNATURE_HEADER, signature);
    return headers;
  }

  private static String newReview(String eventId, String platform, String reviewId, int rating) {
    return """
        {"eventId": "%s", "type": "REVIEW_CREATED", "review": {
          "platform": "%s", "platformReviewId": "%s", "rating": %d,
          "text": "The cake arrived two hours late and the icing had melted.",
          "reviewerName": "Jane Doe", "reviewerEmail": "jane.doe@example.com",
          "publishedAt": "%s"}}
        """.formatted(eventId, platform, reviewId, rating, now().minus(1, ChronoUnit.HOURS));
  }

  private static Instant now() {
    return Instant.now();
  }

  private long events() {
    return jdbc.queryForObject("select count(*) from platform_event", Long.class);
  }
}
