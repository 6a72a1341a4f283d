package io.reviewrecovery.web;

import static io.reviewrecovery.process.ReviewRecoveryProcess.END_REPORTED_REVIEW_REMOVED;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_PLATFORM_DECISION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_REPORT_TO_PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REPORT_REFERENCE;
import static io.reviewrecovery.process.ReviewVariables.TERMS_VIOLATED;
import static io.reviewrecovery.process.ReviewVariables.VIOLATION_EVIDENCE;
import static io.reviewrecovery.process.ReviewVariables.VIOLATION_REASONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.process.VariableValues;
import io.reviewrecovery.review.TermsViolationReason;
import java.net.URI;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case API over real HTTP: intake of a review (once per platform review, whatever the timing),
 * input validation, authentication, the case file and platform events.
 */
@ReviewRecoveryTest
@Tag("postgres")
class ReviewApiTest {

  private static final String REVIEWS = "/api/reviews";
  /** Customers and purchases this test inserts; removed after each test. */
  private static final long FIRST_CUSTOMER_ID = 2001;
  private static final String USER_GIVEN_WRONG_PASSWORDS = "manager";

  @Autowired
  TestRestTemplate anonymous;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void unlockTheUserOfTheWrongPasswords() {
    // The engine locks a user for a few seconds after each failed login (longer with each one).
    identityService.unlockUser(USER_GIVEN_WRONG_PASSWORDS);
  }

  @AfterEach
  void removeOwnCustomers() {
    jdbc.update("delete from customer_transaction where customer_id between 2000 and 2999");
    jdbc.update("delete from customer where id between 2000 and 2999");
  }

  // ---------------------------------------------------------------------------------------------
  // Intake

  @Test
  void aNewReviewStartsOneCaseAndAnswers201WithItsLocation() {
    ObjectNode review = validReview();
    String id = review.get("platformReviewId").asText();

    ResponseEntity<JsonNode> response = post(review);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    URI location = response.getHeaders().getLocation();
    assertThat(location).isNotNull();
    assertThat(location.getPath()).isEqualTo("/api/reviews/google/" + id);
    String businessKey = "google:" + id;
    assertThat(response.getBody().get("businessKey").asText()).isEqualTo(businessKey);
    HistoricProcessInstance instance = onlyInstanceOf(businessKey);
    assertThat(response.getBody().get("processInstanceId").asText()).isEqualTo(instance.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isEqualTo(1);
  }

  @Test
  void theSameReviewAgainAnswers200WithTheSameCaseAndStartsNothing() {
    ObjectNode review = validReview();
    String businessKey = "google:" + review.get("platformReviewId").asText();
    ResponseEntity<JsonNode> first = post(review);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> again = post(review);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(onlyInstanceOf(businessKey).getId()).isEqualTo(first.getBody().get("processInstanceId").asText());
    assertThat(caseRows(businessKey)).isEqualTo(1);
  }

  @Test
  void theSameReviewFromEightClientsAtOnceStartsExactlyOneCase() throws Exception {
    ObjectNode review = validReview();
    String businessKey = "google:" + review.get("platformReviewId").asText();
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
    try {
      CountDownLatch ready = new CountDownLatch(clients);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return post(review);
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).as("all clients ready").isTrue();
      go.countDown();
      for (Future<ResponseEntity<JsonNode>> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses).extracting(ResponseEntity::getStatusCode)
        .allSatisfy(status -> assertThat(status).isIn(HttpStatus.CREATED, HttpStatus.OK))
        .filteredOn(status -> status == HttpStatus.CREATED).hasSize(1);
    String processInstanceId = onlyInstanceOf(businessKey).getId();
    assertThat(responses).extracting(response -> response.getBody().get("processInstanceId").asText())
        .containsOnly(processInstanceId);
    assertThat(caseRows(businessKey)).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid input: 400 problem+json naming the bad fields, and no case

  @Test
  void aReviewWithoutItsRequiredFieldsIsRefusedNamingEachOfThem() {
    ObjectNode empty = json.createObjectNode();

    JsonNode problem = refused(empty, null);

    assertThat(fieldsNamedIn(problem)).containsExactlyInAnyOrder(
        "platform", "platformReviewId", "rating", "text", "reviewerName", "publishedAt");
  }

  /**
   * A valid review with one field replaced by the value of the row: 400 problem+json naming that
   * field alone (and, where the row says, with that detail), and no case or process instance. Strict
   * binding: a value of another JSON type than the README documents is refused, never converted
   * (1.5 was stored as rating 1, a number as publishedAt as epoch seconds, true as the review id
   * "true"). The far past was accepted as the past, and broke the date arithmetic of the intake (500).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oneBadField")
  void aReviewWithOneBadFieldIsRefusedNamingIt(String what, String field, String value, String detail) {
    ObjectNode review = validReview();
    review.set(field, readJson(value));

    JsonNode problem = refused(review, businessKeyOf(review));

    assertThat(fieldsNamedIn(problem)).containsExactly(field);
    if (detail != null) {
      assertThat(problem.get("detail").asText()).isEqualTo(detail);
    }
  }

  /** What, the field, its value as JSON, the problem's detail where a row checks it. */
  static Stream<Arguments> oneBadField() {
    String before2000 = "publishedAt must not be before 2000-01-01T00:00:00Z";
    return Stream.of(
        arguments("an unknown platform", "platform", string("myspace"), "platform must be one of: google, trustpilot, yelp"),
        arguments("a rating below one", "rating", "0", null),
        arguments("a rating above five", "rating", "6", null),
        arguments("a rating that is not a number", "rating", string("abc"), null),
        arguments("a blank text", "text", string("   \n\t "), null),
        arguments("a text too long to store", "text", string("x".repeat(4001)), null),
        arguments("a malformed reviewer email", "reviewerEmail", string("jane.doe.example.com"), null),
        arguments("a review URL that is not http", "reviewUrl", string("ftp://reviews.example.com/review/1"), null),
        arguments("published in the future", "publishedAt", string(Instant.now().plus(1, ChronoUnit.DAYS).toString()), null),
        arguments("published in 1999", "publishedAt", string("1999-12-31T23:59:59Z"), before2000),
        arguments("published in the year -1", "publishedAt", string("-0001-01-01T00:00:00Z"), before2000),
        arguments("published at the first instant", "publishedAt", string("-999999999-01-01T00:00:00Z"), before2000),
        arguments("a platform review id with a slash", "platformReviewId", string("abc/def"), null),
        arguments("a platform review id over 150 characters", "platformReviewId", string("x".repeat(151)), null),
        wrongJsonType("rating", "1.5"),
        wrongJsonType("rating", "\"1\""),
        wrongJsonType("rating", "true"),
        wrongJsonType("rating", "99999999999"),
        wrongJsonType("publishedAt", "1763663400"),
        wrongJsonType("publishedAt", "1e308"),
        wrongJsonType("publishedAt", "\"1763663400\""),
        wrongJsonType("publishedAt", "\"20 November 2026\""),
        wrongJsonType("platformReviewId", "true"),
        wrongJsonType("platformReviewId", "1234"),
        wrongJsonType("platform", "0"),
        wrongJsonType("text", "123"),
        wrongJsonType("text", "[\"The cake was late.\"]"),
        wrongJsonType("reviewerName", "true"),
        wrongJsonType("reviewerEmail", "1.5"),
        wrongJsonType("orderReference", "{\"number\": 10231}"),
        wrongJsonType("reviewUrl", "false"));
  }

  private static Arguments wrongJsonType(String field, String value) {
    return arguments(field + " as " + value, field, value, null);
  }

  /** {@code text} as a JSON string. */
  private static String string(String text) {
    return TextNode.valueOf(text).toString();
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() {
    String truncated = "{\"platform\": \"google\", \"platformReviewId\": \"not-json-1\", \"rating\": 2, \"text\": ";

    ResponseEntity<JsonNode> response = asAgent().exchange(REVIEWS, HttpMethod.POST, jsonRequest(truncated), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("detail").asText()).contains("not valid JSON");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("google:not-json-1").count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"platformReviewId", "rating", "text"})
  void aKeyGivenTwiceIsRefusedNamingIt(String field) {
    ObjectNode review = validReview();
    String first = review.toString();
    String twice = first.substring(0, first.length() - 1) + ",\"" + field + "\":" + review.get(field) + "}";

    ResponseEntity<JsonNode> response = asAgent().exchange(REVIEWS, HttpMethod.POST, jsonRequest(twice), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsNamedIn(response.getBody())).containsExactly(field);
    assertThat(response.getBody().get("detail").asText()).isEqualTo(field + " appears more than once");
    assertThat(caseRows(businessKeyOf(review))).isZero();
  }

  /** On PostgreSQL a NUL made the intake fail with 500; on H2 it was stored. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "reviewerName", "reviewerEmail", "orderReference", "reviewUrl"})
  void aControlCharacterInATextIsRefusedNamingTheField(String field) {
    ObjectNode review = validReview();
    String text = review.hasNonNull(field) ? review.get(field).asText() : "HSB-10231";
    // JSON escapes, as a client sends them: NUL, bell, escape, delete, and half a surrogate pair.
    for (String control : List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\ud800")) {
      review.put(field, text.substring(0, 3) + "@control@" + text.substring(3));

      JsonNode problem = refused(review.toString().replace("@control@", control), businessKeyOf(review));

      // An email address or URL with a control character in it is not one either: that may be said too.
      assertThat(fieldsNamedIn(problem)).as(control).containsOnly(field);
      assertThat(problem.get("errors").findValuesAsText("message")).as(control)
          .anySatisfy(message -> assertThat(message).startsWith("must not contain"));
    }
  }

  @Test
  void tabsAndLineBreaksInAReviewAreKept() {
    ObjectNode review = validReview().put("text", "Two problems:\r\n\t1. late\n\t2. squashed");

    ResponseEntity<JsonNode> response = post(review);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  // ---------------------------------------------------------------------------------------------
  // Authentication

  @Test
  void theCaseApiAnswers401WithoutCredentialsOrWithAWrongPasswordAndStartsNothing() {
    ObjectNode review = validReview();
    String businessKey = businessKeyOf(review);
    String caseUrl = REVIEWS + "/google/" + review.get("platformReviewId").asText();

    for (TestRestTemplate client : List.of(anonymous, withWrongPassword())) {
      assertThat(client.exchange(REVIEWS, HttpMethod.POST, jsonRequest(review.toString()), String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(client.getForEntity(caseUrl, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    assertThat(caseRows(businessKey)).isZero();
  }

  @Test
  void theEngineRestApiAnswers401WithoutValidCredentialsAnd200WithThem() {
    String definitions = "/engine-rest/process-definition";

    assertThat(anonymous.getForEntity(definitions, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(withWrongPassword().getForEntity(definitions, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<JsonNode> authenticated = asAgent().getForEntity(definitions, JsonNode.class);
    assertThat(authenticated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(authenticated.getBody().findValuesAsText("key")).contains("NegativeReviewRecovery");
  }

  // ---------------------------------------------------------------------------------------------
  // The case file

  @Test
  void anUnknownCaseIs404() {
    ResponseEntity<JsonNode> response = asAgent().getForEntity(REVIEWS + "/google/no-such-review", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("detail").asText()).contains("google:no-such-review");
  }

  @Test
  void aCaseWhoseHistoryWasCleanedUpIs404() {
    ObjectNode review = validReview();
    String processInstanceId = post(review).getBody().get("processInstanceId").asText();
    runtimeService.deleteProcessInstance(processInstanceId, "retention test");
    historyService.deleteHistoricProcessInstance(processInstanceId);

    ResponseEntity<JsonNode> response = asAgent().getForEntity(REVIEWS + "/google/" + review.get("platformReviewId").asText(),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aNewCaseIsOpenAtTheTermsAssessmentWithTheVerificationResult() {
    Instant publishedAt = Instant.now().minus(1, ChronoUnit.HOURS);
    LocalDate reviewDate = publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
    long customerId = FIRST_CUSTOMER_ID;
    jdbc.update("insert into customer (id, full_name, email, phone) values (?, ?, ?, ?)",
        customerId, "Ottoline Brackenbury", "ottoline@example.test", null);
    jdbc.update("insert into customer_transaction (id, customer_id, order_reference, purchased_on, description, amount) "
        + "values (?, ?, ?, ?, ?, ?)", 2001, customerId, "API-2001", Date.valueOf(reviewDate.minusDays(3)),
        "Birthday cake, chocolate", 42.00);
    ObjectNode review = validReview().put("reviewerName", "Ottoline Brackenbury")
        .put("publishedAt", publishedAt.toString());
    String id = review.get("platformReviewId").asText();
    String processInstanceId = post(review).getBody().get("processInstanceId").asText();

    executeJobsOf(processInstanceId);
    ResponseEntity<JsonNode> response = asAgent().getForEntity(REVIEWS + "/google/" + id, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode file = response.getBody();
    assertThat(file.get("businessKey").asText()).isEqualTo("google:" + id);
    assertThat(file.get("processInstanceId").asText()).isEqualTo(processInstanceId);
    assertThat(file.get("status").asText()).isEqualTo("OPEN");
    assertThat(file.get("currentSteps").findValuesAsText("activityId")).containsExactly(TASK_ASSESS_TERMS);
    assertThat(file.get("verification").get("reviewerVerified").asBoolean()).isTrue();
    assertThat(file.get("verification").get("finding").asText())
        .contains("Verified customer Ottoline Brackenbury", "order API-2001");
  }

  // ---------------------------------------------------------------------------------------------
  // Platform events

  @Test
  void aPlatformEventForAnUnknownCaseIs404() {
    ResponseEntity<JsonNode> response = platformEvent("google/no-such-review", "{\"type\": \"REVIEW_REMOVED\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aRemovalReportedWhileTheCaseIsAtTheTermsAssessmentEndsTheCase_andALaterReportIsNoError() {
    ObjectNode review = validReview();
    String processInstanceId = post(review).getBody().get("processInstanceId").asText();
    executeJobsOf(processInstanceId);
    assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly(TASK_ASSESS_TERMS);
    String events = "google/" + review.get("platformReviewId").asText();

    ResponseEntity<JsonNode> response = platformEvent(events, "{\"type\": \"REVIEW_REMOVED\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getEndTime()).isNotNull();
    assertThat(platformEvent(events, "{\"type\": \"REVIEW_UPDATED\"}").getStatusCode())
        .as("the case has ended: noted, not refused").isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aRemovalReportedWhileTheCaseAwaitsThePlatformsDecisionEndsTheCase() {
    ObjectNode review = validReview();
    String id = review.get("platformReviewId").asText();
    String processInstanceId = post(review).getBody().get("processInstanceId").asText();
    executeJobsOf(processInstanceId);
    complete(processInstanceId, TASK_ASSESS_TERMS, VariableValues.with(TERMS_VIOLATED, true)
        .and(VIOLATION_REASONS, List.of(TermsViolationReason.SPAM))
        .and(VIOLATION_EVIDENCE, "The same text was posted under 12 other bakeries the same day."));
    complete(processInstanceId, TASK_REPORT_TO_PLATFORM, VariableValues.with(PLATFORM_REPORT_REFERENCE, "GOOG-REPORT-1"));
    assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly(TASK_RECORD_PLATFORM_DECISION);

    ResponseEntity<JsonNode> response = platformEvent("google/" + id, "{\"type\": \"REVIEW_REMOVED\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(END_REPORTED_REVIEW_REMOVED).finished().count()).isOne();
    JsonNode file = asAgent().getForEntity(REVIEWS + "/google/" + id, JsonNode.class).getBody();
    assertThat(file.get("status").asText()).isEqualTo("ENDED");
    assertThat(file.get("outcome").asText()).isEqualTo("REVIEW_REMOVED_BY_PLATFORM");
    assertThat(file.get("currentSteps")).isEmpty();
  }

  @Test
  void aPlatformEventOfAnUnknownOrMissingTypeIs400() {
    ObjectNode review = validReview();
    String processInstanceId = post(review).getBody().get("processInstanceId").asText();
    executeJobsOf(processInstanceId);
    String caseUrl = "google/" + review.get("platformReviewId").asText();

    // A number is no type, nor is a name with blanks or control characters around it (Jackson trims those).
    for (String event : List.of("{\"type\": \"REVIEW_DELETED\"}", "{}", "{\"type\": 0}", "{\"type\": true}",
        "{\"type\": \" REVIEW_REMOVED \"}", "{\"type\": \"REVIEW_REMOVED\\u0000\"}",
        "{\"type\": \"REVIEW_UPDATED\", \"type\": \"REVIEW_REMOVED\"}")) {
      ResponseEntity<JsonNode> response = platformEvent(caseUrl, event);
      assertThat(response.getStatusCode()).as(event).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType()).as(event).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(fieldsNamedIn(response.getBody())).as(event).containsExactly("type");
    }
    assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly(TASK_ASSESS_TERMS);
  }

  // ---------------------------------------------------------------------------------------------

  /** A valid one-star Google review with a fresh platform review id. */
  private ObjectNode validReview() {
    return json.createObjectNode()
        .put("platform", "google")
        .put("platformReviewId", "api-" + UUID.randomUUID())
        .put("rating", 1)
        .put("text", "The cake arrived squashed and two hours late for the party.")
        .put("reviewerName", "Nobody On Record")
        .put("reviewerEmail", "nobody.on.record@example.test")
        .put("reviewUrl", "https://maps.example.com/reviews/1")
        .put("publishedAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
  }

  private JsonNode readJson(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static String businessKeyOf(ObjectNode review) {
    return review.get("platform").asText() + ":" + review.get("platformReviewId").asText();
  }

  /**
   * An existing user with a wrong password. Not the agent whom the other tests use: each failed
   * login locks the user for a while, even with the right password.
   */
  private TestRestTemplate withWrongPassword() {
    return anonymous.withBasicAuth(USER_GIVEN_WRONG_PASSWORDS, "not-the-password");
  }

  private TestRestTemplate asAgent() {
    return anonymous.withBasicAuth("agent", "agent");
  }

  private ResponseEntity<JsonNode> post(ObjectNode review) {
    return asAgent().exchange(REVIEWS, HttpMethod.POST, jsonRequest(review.toString()), JsonNode.class);
  }

  /** Reported as the local review feed: support may not report platform events. */
  private ResponseEntity<JsonNode> platformEvent(String platformAndId, String body) {
    return anonymous.withBasicAuth("feed", "feed").exchange(REVIEWS + "/" + platformAndId + "/platform-events", HttpMethod.POST, jsonRequest(body),
        JsonNode.class);
  }

  private static HttpEntity<String> jsonRequest(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /**
   * Posts an invalid review and checks the refusal: 400 problem+json, and no case or process
   * instance anywhere (nor under {@code businessKey}, when the review has one).
   */
  private JsonNode refused(ObjectNode review, String businessKey) {
    return refused(review.toString(), businessKey);
  }

  private JsonNode refused(String review, String businessKey) {
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    long casesBefore = jdbc.queryForObject("select count(*) from review_case", Long.class);

    ResponseEntity<JsonNode> response = asAgent().exchange(REVIEWS, HttpMethod.POST, jsonRequest(review), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("status").asInt()).isEqualTo(400);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from review_case", Long.class)).isEqualTo(casesBefore);
    if (businessKey != null) {
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    }
    return response.getBody();
  }

  private static List<String> fieldsNamedIn(JsonNode problem) {
    JsonNode errors = problem.get("errors");
    assertThat(errors).as("errors of %s", problem).isNotNull();
    assertThat(errors.isArray()).isTrue();
    return StreamSupport.stream(errors.spliterator(), false).map(error -> error.get("field").asText()).toList();
  }

  private HistoricProcessInstance onlyInstanceOf(String businessKey) {
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list();
    assertThat(instances).hasSize(1);
    return instances.get(0);
  }

  private long caseRows(String businessKey) {
    return jdbc.queryForObject("select count(*) from review_case where business_key = ?", Long.class, businessKey);
  }

  /** Runs the jobs the process instance waits at (the job executor is off in tests). */
  private void executeJobsOf(String processInstanceId) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
    assertThat(jobs).as("jobs of %s", processInstanceId).isNotEmpty();
    jobs.forEach(job -> managementService.executeJob(job.getId()));
  }

  private void complete(String processInstanceId, String taskDefinitionKey, VariableValues variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("task %s", taskDefinitionKey).isNotNull();
    taskService.complete(task.getId(), variables.asVariableMap());
  }
}
