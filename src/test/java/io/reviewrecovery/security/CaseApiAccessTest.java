package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may use the case API: integrations and the teams report reviews, only the teams and admins
 * read case files and the outcomes, only integrations, reputation and admins report platform
 * events; anyone else gets 403 problem+json, and nothing happens.
 */
@ReviewRecoveryTest
class CaseApiAccessTest {

  /** A user in no group: authenticated, but allowed nothing. */
  private static final String OUTSIDER = "outsider";

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;
  @Autowired
  HistoryService historyService;

  @BeforeEach
  void createTheOutsider() {
    User outsider = identityService.newUser(OUTSIDER);
    outsider.setPassword(OUTSIDER);
    identityService.saveUser(outsider);
  }

  @AfterEach
  void deleteTheOutsider() {
    identityService.deleteUser(OUTSIDER);
  }

  @Test
  void aUserInNoGroupMayDoNothing() {
    String review = review(newReviewId());

    assertForbidden(post(OUTSIDER, "/api/reviews", review));
    assertForbidden(as(OUTSIDER).getForEntity("/api/reviews/google/no-such-review", JsonNode.class));
    assertForbidden(post(OUTSIDER, "/api/reviews/google/no-such-review/platform-events", "{\"type\": \"REVIEW_REMOVED\"}"));
  }

  @Test
  void integrationsTheTeamsAndAdminsReportReviews() {
    for (String user : List.of("feed", "agent", "manager", "admin")) {
      ResponseEntity<JsonNode> received = post(user, "/api/reviews", review(newReviewId()));
      assertThat(received.getStatusCode()).as(user).isEqualTo(HttpStatus.CREATED);
    }
  }

  @Test
  void aRefusedCallerStartsNoCaseAndGetsNoValidationOfItsInput() {
    String reviewId = newReviewId();

    assertForbidden(post(OUTSIDER, "/api/reviews", review(reviewId)));
    assertForbidden(post(OUTSIDER, "/api/reviews", "{}"));

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("google:" + reviewId).count()).isZero();
  }

  @Test
  void onlyTheTeamsAndAdminsReadCaseFiles() {
    String reviewId = newReviewId();
    String caseFile = "/api/reviews/google/" + reviewId;
    assertThat(post("feed", "/api/reviews", review(reviewId)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertForbidden(as("feed").getForEntity(caseFile, JsonNode.class));
    for (String user : List.of("agent", "manager", "admin")) {
      assertThat(as(user).getForEntity(caseFile, JsonNode.class).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void supportMayNotReportWhatThePlatformDecided() {
    String reviewId = newReviewId();
    String events = "/api/reviews/google/" + reviewId + "/platform-events";
    assertThat(post("feed", "/api/reviews", review(reviewId)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertForbidden(post("agent", events, "{\"type\": \"REVIEW_REMOVED\"}"));
    for (String user : List.of("feed", "manager", "admin")) {
      // Allowed: the first removal ends the case, the later ones find it ended and change nothing.
      assertThat(post(user, events, "{\"type\": \"REVIEW_REMOVED\"}").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  @Test
  void aWrongPasswordIs401Not403() {
    ResponseEntity<JsonNode> response = http.withBasicAuth(OUTSIDER, "wrong").getForEntity("/api/reviews/google/x", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void someoneLoggedIntoTasklistMayReadTheOutcomesButChangeNothingWithoutHttpBasic() {
    HttpHeaders manager = LocalUserCalls.webappLogin(http, "manager", "tasklist").session();

    assertThat(http.exchange("/outcomes", HttpMethod.GET, new HttpEntity<>(manager), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.exchange("/api/outcomes", HttpMethod.GET, new HttpEntity<>(manager), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/outcomes", String.class).getStatusCode()).as("without the session").isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders postWithSession = new HttpHeaders(manager);
    postWithSession.setContentType(MediaType.APPLICATION_JSON);
    String reviewId = newReviewId();
    assertThat(http.exchange("/api/reviews", HttpMethod.POST, new HttpEntity<>(review(reviewId), postWithSession), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("google:" + reviewId).count()).isZero();
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertForbidden(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("status").asInt()).isEqualTo(403);
    assertThat(response.getBody().get("detail").asText()).contains("may not");
  }

  private TestRestTemplate as(String user) {
    return LocalUserCalls.as(http, user);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    return as(user).postForEntity(path, LocalUserCalls.json(body), JsonNode.class);
  }

  private static String newReviewId() {
    return "access-" + UUID.randomUUID();
  }

  private static String review(String platformReviewId) {
    return """
        {"platform": "google", "platformReviewId": "%s", "rating": 2, "text": "Cold coffee.",
         "reviewerName": "Nobody On Record", "publishedAt": "%s"}
        """.formatted(platformReviewId, Instant.now().minus(1, ChronoUnit.HOURS));
  }
}
