package io.reviewrecovery.monitoring;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as an operator runs it: the job executor on, health and readiness on the
 * management port with the engine's, the job executor's and the database's own indicators and the
 * review platforms' ({@code platforms}; here a stand-in replaces it, so the test can fail it: the
 * platforms' own indicator and its answers are {@code PlatformHealthTest}'s), who may read them, and the logs in the {@code prod}
 * profile's JSON format (written here by a second appender of that format, so the logging of the
 * other tests in this JVM stays as it is): every line of a case's work with its business key, none
 * with the reviewer's personal data. The SMTP server's health is in {@code MailHealthTest}, where a
 * mail server runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "spring.main.allow-bean-definition-overriding=true"})
@ActiveProfiles({"local", "test"})
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

  /** What the stand-in for the platforms' indicator answers. */
  private static final String STRANGER = "stranger";

  static final AtomicReference<Health> PLATFORMS = new AtomicReference<>(Health.up().build());

  @TestConfiguration
  static class PlatformsStandIn {
    /** Named as the platforms' own indicator is (contributor {@code platforms}), which it replaces. */
    @Bean
    HealthIndicator platformsHealthIndicator() {
      return PLATFORMS::get;
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @LocalManagementPort int managementPort;

  private final ObjectMapper json = new ObjectMapper();

  /** The user behind the wrong password: one nobody else uses, since a wrong password delays the user's next login. */
  @BeforeEach
  void createTheStranger() {
    User stranger = identityService.newUser(STRANGER);
    stranger.setPassword(STRANGER + "-password");
    identityService.saveUser(stranger);
  }

  @AfterEach
  void platformsUpAgainAndStrangerGone() {
    PLATFORMS.set(Health.up().build());
    identityService.deleteUser(STRANGER);
  }

  @Test
  void healthShowsTheEngineTheJobExecutorTheDatabaseAndThePlatforms_andReadinessChecksThemAll() throws Exception {
    JsonNode health = get("/actuator/health", "monitoring");
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").fieldNames()).toIterable()
        .contains("processEngine", "jobExecutor", "db", "platforms", "livenessState", "readinessState");
    assertThat(health.at("/components/processEngine/details/name").asText()).isEqualTo("default");
    assertThat(health.at("/components/jobExecutor/status").asText()).isEqualTo("UP");

    JsonNode readiness = get("/actuator/health/readiness", "monitoring");
    assertThat(readiness.path("status").asText()).isEqualTo("UP");
    assertThat(readiness.path("components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "processEngine", "jobExecutor", "db", "platforms");
  }

  @Test
  void aFailingPlatformMakesReadinessDownNamingIt_whileLivenessStaysUp() throws Exception {
    PLATFORMS.set(Health.down().withDetail("google", "token refresh refused: invalid_grant").build());

    ResponseEntity<String> readiness = call("/actuator/health/readiness", "admin");
    assertThat(readiness.getStatusCode().value()).isEqualTo(503);
    JsonNode body = json.readTree(readiness.getBody());
    assertThat(body.path("status").asText()).isEqualTo("DOWN");
    assertThat(body.at("/components/platforms/status").asText()).isEqualTo("DOWN");
    assertThat(body.at("/components/platforms/details/google").asText()).isEqualTo("token refresh refused: invalid_grant");
    assertThat(body.at("/components/db/status").asText()).isEqualTo("UP");

    ResponseEntity<String> liveness = call("/actuator/health/liveness", null);
    assertThat(liveness.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(liveness.getBody()).path("status").asText()).isEqualTo("UP");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Path on the management port    | anonymous | wrong password | agent | feed | monitoring | admin
      /actuator/health/liveness        | 200       | 200            | 200   | 200  | 200        | 200
      /actuator/health                 | 401       | 401            | 403   | 403  | 200        | 200
      /actuator/health/readiness       | 401       | 401            | 403   | 403  | 200        | 200
      /actuator/prometheus             | 401       | 401            | 403   | 403  | 200        | 200
      /actuator/health/liveness/       | 401       | 401            | 403   | 403  | 200        | 200
      /actuator                        | 401       | 401            | 403   | 403  | 200        | 200
      /actuator/env                    | 401       | 401            | 403   | 403  | 404        | 404
      """)
  void onlyTheLivenessProbeIsOpen_therestIsForAdminsAndMonitoring(String path, int anonymous, int wrongPassword,
      int agent, int feed, int monitoring, int admin) {
    assertThat(call(path, null).getStatusCode().value()).as("anonymous").isEqualTo(anonymous);
    assertThat(call(path, STRANGER, "not-the-password").getStatusCode().value()).as("wrong password").isEqualTo(wrongPassword);
    assertThat(call(path, "agent").getStatusCode().value()).as("agent").isEqualTo(agent);
    assertThat(call(path, "feed").getStatusCode().value()).as("feed").isEqualTo(feed);
    assertThat(call(path, "monitoring").getStatusCode().value()).as("monitoring").isEqualTo(monitoring);
    assertThat(call(path, "admin").getStatusCode().value()).as("admin").isEqualTo(admin);
  }

  @Test
  void refusalsSayWhyAsProblems() throws Exception {
    ResponseEntity<String> anonymous = call("/actuator/prometheus", null);
    assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    ResponseEntity<String> agent = call("/actuator/prometheus", "agent");
    assertThat(json.readTree(agent.getBody()).path("detail").asText())
        .isEqualTo("User 'agent' may not read health or metrics; they are for members of [camunda-admin, monitoring].");
  }

  @Test
  void theJsonLogsOfACaseCarryItsBusinessKey_andNoneOfTheReviewersPersonalData(CapturedOutput output) throws Exception {
    String reviewId = "logs-" + UUID.randomUUID();
    String name = "Zebedee Quillfeather";
    String email = "zebedee.quillfeather@example.net";
    String text = "The marmalade unicorn croissant tasted of old pennies and regret.";
    String businessKey = "google:" + reviewId;
    String json;
    try (JsonLog log = JsonLog.start()) {
      ResponseEntity<String> received = http.withBasicAuth("feed", "feed").postForEntity("/api/reviews", jsonBody("""
          {"platform": "google", "platformReviewId": "%s", "rating": 1, "text": "%s", "reviewerName": "%s",
           "reviewerEmail": "%s", "publishedAt": "%s"}
          """.formatted(reviewId, text, name, email, Instant.now().minus(1, ChronoUnit.HOURS))), String.class);
      assertThat(received.getStatusCode().value()).isEqualTo(201);
      // The job executor verifies the reviewer, then the case waits for the assessment.
      await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
          .taskDefinitionKey(TASK_ASSESS_TERMS).count() == 1);
      await().atMost(Duration.ofSeconds(10)).until(() -> log.text().contains("Case " + businessKey + ": reviewer verified"));
      json = log.text();
    }

    List<JsonNode> ofTheCase = json.lines().map(this::parse)
        .filter(line -> line.path("message").asText().contains(businessKey)).toList();
    assertThat(ofTheCase).extracting(line -> line.path("message").asText())
        .anyMatch(message -> message.contains("started for a 1-star review"))
        .anyMatch(message -> message.contains("reviewer verified"));
    assertThat(ofTheCase).as("each line about the case carries its business key as a field")
        .allSatisfy(line -> assertThat(line.path("businessKey").asText()).isEqualTo(businessKey));
    assertThat(ofTheCase).as("the verification ran in a job, where the engine put the key into the logging context")
        .anyMatch(line -> line.path("message").asText().contains("reviewer verified")
            && line.at("/process/thread/name").asText().startsWith("camundaTaskExecutor"));
    assertThat(json + output.getOut() + output.getErr()).doesNotContain("Zebedee", "Quillfeather", email, "marmalade unicorn");
  }

  /**
   * Every log event in the {@code prod} profile's format (Elastic Common Schema, Spring Boot's
   * structured logging), beside the test's usual log, while it is open.
   */
  private static final class JsonLog implements AutoCloseable {

    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    static JsonLog start() {
      return new JsonLog();
    }

    private JsonLog() {
      LoggerContext context = root.getLoggerContext();
      StructuredLogEncoder ecs = new StructuredLogEncoder();
      ecs.setFormat("ecs");
      ecs.setContext(context);
      ecs.start();
      appender.setContext(context);
      appender.setEncoder(ecs);
      appender.setOutputStream(lines);
      appender.start();
      root.addAppender(appender);
    }

    synchronized String text() {
      return lines.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      root.detachAppender(appender);
      appender.stop();
    }
  }

  private JsonNode get(String path, String user) throws Exception {
    ResponseEntity<String> response = call(path, user);
    assertThat(response.getStatusCode().value()).as("%s as %s: %s", path, user, response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> call(String path, String user) {
    return call(path, user, user);
  }

  private ResponseEntity<String> call(String path, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    return http.exchange("http://localhost:" + managementPort + path, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
  }

  private static HttpEntity<String> jsonBody(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private JsonNode parse(String line) {
    try {
      return json.readTree(line);
    } catch (Exception notJson) {
      return json.createObjectNode();
    }
  }
}
