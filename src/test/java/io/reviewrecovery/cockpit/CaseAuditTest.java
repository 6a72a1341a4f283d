package io.reviewrecovery.cockpit;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.security.LocalUserCalls;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case audit plugin's REST resource: the story of an ended case, the user operation log of a
 * change made through the engine's REST API, the exports, the search, and who may use it at all.
 * The callers log into Cockpit (or, who may not, Tasklist) as the browser does.
 */
@ReviewRecoveryTest
class CaseAuditTest {

  static final String PLUGIN = "/camunda/api/cockpit/plugin/review-audit/default";

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext application;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ObjectMapper json;

  AuditedCases cases;
  private final Map<String, HttpHeaders> sessions = new HashMap<>();

  @BeforeEach
  void setUp() {
    cases = new AuditedCases(application);
  }

  @Test
  void anAuditorReadsWhoDidWhatInAnEndedCase_theMessagesSent_theRefusalsAndThePath() throws IOException {
    String reviewId = AuditedCases.newReviewId();
    ProcessInstance instance = cases.received(reviewId);
    String reply = cases.endedWithAPublicReply(instance);

    JsonNode story = get("auditor", "/cases/google:" + reviewId);

    assertThat(story.at("/file/status").asText()).isEqualTo("ENDED");
    assertThat(story.at("/file/outcome").asText()).isEqualTo("PUBLIC_REPLY_POSTED");
    assertThat(story.at("/endedAt").isTextual()).isTrue();
    JsonNode approval = step(story, TASK_APPROVE_PUBLIC_REPLY);
    assertThat(approval.at("/name").asText()).isEqualTo("Approve public reply");
    assertThat(approval.at("/completedBy").asText()).isEqualTo("manager");
    assertThat(approval.at("/claims/0/userId").asText()).isEqualTo("manager");
    assertThat(values(approval)).containsEntry("publicReplyText", reply);
    assertThat(step(story, TASK_PREPARE_OUTREACH).at("/completedBy").asText()).isEqualTo("agent");
    assertThat(texts(story.at("/file/communications"), "kind")).containsExactly("OUTREACH", "PUBLIC_REPLY");
    assertThat(story.at("/file/communications/1/body").asText()).isEqualTo(reply);
    assertThat(story.at("/refusals/0/userId").asText()).isEqualTo("agent");
    assertThat(story.at("/refusals/0/stepName").asText()).isEqualTo("Prepare apology and remedy");
    assertThat(story.at("/refusals/0/reason").asText()).contains("if you update your review").contains("FTC 16 CFR 465.4");
    assertThat(texts(story.at("/path"), null)).startsWith(START_REVIEW_RECEIVED)
        .contains(TASK_APPROVE_PUBLIC_REPLY, TASK_POST_PUBLIC_REPLY).endsWith(END_PUBLIC_REPLY_POSTED);
    assertThat(texts(story.at("/operations"), "type")).contains("Claim", "Complete");
  }

  @Test
  void aVariableChangedThroughTheEngineRestApiIsInTheUserOperationLogAndTheStory() throws IOException {
    String reviewId = AuditedCases.newReviewId();
    ProcessInstance instance = cases.received(reviewId);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> changed = LocalUserCalls.as(http, "admin").exchange(
        "/engine-rest/process-instance/" + instance.getId() + "/variables/reviewUrl", HttpMethod.PUT,
        new HttpEntity<>("{\"value\": \"https://maps.example.com/reviews/corrected\", \"type\": \"String\"}", headers),
        String.class);
    assertThat(changed.getStatusCode().value()).isEqualTo(204);

    JsonNode story = get("auditor", "/cases/google:" + reviewId);

    JsonNode change = StreamSupport.stream(story.at("/operations").spliterator(), false)
        .filter(operation -> operation.at("/type").asText().equals("SetVariable")).findFirst().orElseThrow();
    assertThat(change.at("/userId").asText()).isEqualTo("admin");
    assertThat(change.at("/entity").asText()).isEqualTo("Variable");
    assertThat(change.at("/changes/0/property").asText()).isEqualTo("reviewUrl");
    assertThat(change.at("/changes/0/to").asText()).isEqualTo("https://maps.example.com/reviews/corrected");
  }

  @Test
  void theExportsHoldTheSameFactsAsThePage() throws IOException {
    String reviewId = AuditedCases.newReviewId();
    String reply = cases.endedWithAPublicReply(cases.received(reviewId));
    JsonNode story = get("auditor", "/cases/google:" + reviewId);

    ResponseEntity<byte[]> asJson = download("auditor", "/cases/google:" + reviewId + "/export.json");
    ResponseEntity<byte[]> asPdf = download("auditor", "/cases/google:" + reviewId + "/export.pdf");

    assertThat(asJson.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"case-google-" + reviewId + ".json\"");
    assertThat(json.readTree(asJson.getBody())).isEqualTo(story);
    assertThat(asPdf.getHeaders().getContentType()).hasToString("application/pdf");
    String pdf = AuditedCasesPdf.text(asPdf.getBody());
    assertThat(pdf).contains("Case google:" + reviewId, "Outcome: PUBLIC_REPLY_POSTED",
        "Approve public reply (Task_ApprovePublicReply)", "Completed by: manager at", "PUBLIC_REPLY by",
        AuditedCasesPdf.normalized(reply), "Prepare apology and remedy, by agent", "EndEvent_PublicReplyPosted");
  }

  @Test
  void casesAreFoundByReviewIdReviewerAndDay_andABadSearchIsRefused() {
    String reviewId = AuditedCases.newReviewId();
    cases.received(reviewId);

    assertThat(get("auditor", "/cases?platformReviewId=" + reviewId).at("/cases/0/businessKey").asText())
        .isEqualTo("google:" + reviewId);
    assertThat(get("auditor", "/cases?businessKey=google:" + reviewId).at("/total").asLong()).isOne();
    assertThat(get("auditor", "/cases?reviewerName=Jane Doe&size=1").at("/cases").size()).isOne();
    assertThat(get("auditor", "/cases?platformReviewId=" + reviewId + "&receivedFrom=2000-01-01&receivedTo=2000-01-02")
        .at("/total").asLong()).isZero();
    for (String bad : List.of("page=-1", "size=0", "size=101", "page=two", "receivedFrom=yesterday",
        "receivedFrom=2026-02-02&receivedTo=2026-02-01")) {
      ResponseEntity<String> refused = call("auditor", "/cases?" + bad);
      assertThat(refused.getStatusCode().value()).as(bad).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType()).as(bad).hasToString("application/problem+json");
    }
    assertThat(call("auditor", "/cases/google:no-such-review").getStatusCode().value()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} logged into {1}: {2}")
  @CsvSource({
      "auditor, cockpit, 204",
      "admin, cockpit, 204",
      "operator, cockpit, 403",
      "agent, tasklist, 403",
      "manager, tasklist, 403",
  })
  void onlyAuditorsAndAdminsMayUseThePlugin(String user, String webapp, int status) {
    HttpHeaders session = login(user, webapp);

    assertThat(http.exchange(PLUGIN + "/access", HttpMethod.GET, new HttpEntity<>(session), String.class)
        .getStatusCode().value()).isEqualTo(status);
  }

  @Test
  void anAuditorChangesNothing() {
    ProcessInstance instance = cases.received(AuditedCases.newReviewId());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> change = LocalUserCalls.as(http, "auditor").exchange(
        "/engine-rest/process-instance/" + instance.getId() + "/variables/reviewUrl", HttpMethod.PUT,
        new HttpEntity<>("{\"value\": \"https://example.com/other\", \"type\": \"String\"}", headers), String.class);
    ResponseEntity<String> read = LocalUserCalls.as(http, "auditor").getForEntity(
        "/engine-rest/history/process-instance?processInstanceId=" + instance.getId(), String.class);

    assertThat(change.getStatusCode().value()).isEqualTo(403);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    assertThat(read.getBody()).contains(instance.getId());
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A webapp session of the user. {@code operator} may open Cockpit (an operator's group with
   * Cockpit access, as an admin might grant it) but is no auditor: the resource's own check refuses them.
   */
  private HttpHeaders login(String user, String webapp) {
    if (user.equals("operator") && identityService.createUserQuery().userId(user).count() == 0) {
      User operator = identityService.newUser(user);
      operator.setPassword(user);
      identityService.saveUser(operator);
      Group operations = identityService.newGroup("operations");
      identityService.saveGroup(operations);
      identityService.createMembership(user, "operations");
      Authorization cockpit = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      cockpit.setGroupId("operations");
      cockpit.setResource(Resources.APPLICATION);
      cockpit.setResourceId("cockpit");
      cockpit.addPermission(Permissions.ACCESS);
      authorizationService.saveAuthorization(cockpit);
    }
    LocalUserCalls.WebappLogin login = LocalUserCalls.webappLogin(http, user, webapp);
    assertThat(login.status().value()).as("%s logs into %s", user, webapp).isEqualTo(200);
    return login.session();
  }

  private HttpHeaders session(String user) {
    return sessions.computeIfAbsent(user, cockpitUser -> login(cockpitUser, "cockpit"));
  }

  private JsonNode get(String user, String path) {
    ResponseEntity<String> response = call(user, path);
    assertThat(response.getStatusCode().value()).as("%s: %s", path, response.getBody()).isEqualTo(200);
    try {
      return json.readTree(response.getBody());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> call(String user, String path) {
    return http.exchange(PLUGIN + path, HttpMethod.GET, new HttpEntity<>(session(user)), String.class);
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    ResponseEntity<byte[]> response = http.exchange(PLUGIN + path, HttpMethod.GET,
        new HttpEntity<>(session(user)), byte[].class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response;
  }

  private static JsonNode step(JsonNode story, String activityId) {
    return StreamSupport.stream(story.at("/steps").spliterator(), false)
        .filter(step -> step.at("/activityId").asText().equals(activityId)).reduce((first, last) -> last).orElseThrow();
  }

  private static Map<String, String> values(JsonNode step) {
    return StreamSupport.stream(step.at("/recorded").spliterator(), false)
        .collect(Collectors.toMap(value -> value.at("/name").asText(), value -> value.at("/value").asText()));
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> field == null ? node.asText() : node.at("/" + field).asText()).toList();
  }
}
