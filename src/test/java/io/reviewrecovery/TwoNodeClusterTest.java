package io.reviewrecovery;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes of the application, each a JVM of its own as in production, on one PostgreSQL
 * database, with their job executors on: reviews come in through both, people work through both,
 * and every job runs once and every email goes out once. Runs in the build's PostgreSQL test run.
 */
@Tag("postgres")
class TwoNodeClusterTest {

  private static final int REVIEWS = 6;
  private static final Duration START_UP = Duration.ofMinutes(4);
  private static final Duration STEP = Duration.ofMinutes(1);

  static GreenMail smtp;
  static TestPostgres.Database database;
  static Node first;
  static Node second;

  @BeforeAll
  static void startTwoNodes() throws IOException {
    assumeTrue(TestPostgres.selected(), "runs in the PostgreSQL test run");
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    database = TestPostgres.newDatabase();
    first = Node.start("node-a");
    first.awaitReady();
    second = Node.start("node-b");
    second.awaitReady();
  }

  @AfterAll
  static void stopTheNodes() {
    for (Node node : new Node[] {first, second}) {
      if (node != null) {
        node.stop();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void reviewsFedThroughBothNodesRunEachJobOnceAndSendEachEmailOnce() throws MessagingException {
    List<Node> nodes = List.of(first, second);
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<String> reviewIds = IntStream.range(0, REVIEWS).mapToObj(n -> "cluster-" + run + "-" + n).toList();

    for (int n = 0; n < REVIEWS; n++) {
      ResponseEntity<JsonNode> intake = nodes.get(n % 2).as("feed").postForEntity("/api/reviews",
          json(review(reviewIds.get(n))), JsonNode.class);
      assertThat(intake.getStatusCode()).as("intake of %s", reviewIds.get(n)).isEqualTo(HttpStatus.CREATED);
    }
    for (int n = 0; n < REVIEWS; n++) {
      Node node = nodes.get((n + 1) % 2);
      String taskId = awaitTask(node, reviewIds.get(n), TASK_ASSESS_TERMS);
      assertThat(node.as("manager").postForEntity("/engine-rest/task/" + taskId + "/complete", json("""
          {"variables": {"termsViolated": {"value": false, "type": "Boolean"}}}"""), String.class).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    for (int n = 0; n < REVIEWS; n++) {
      Node node = nodes.get(n % 2);
      String taskId = awaitTask(node, reviewIds.get(n), TASK_PREPARE_OUTREACH);
      assertThat(node.as("agent").postForEntity("/engine-rest/task/" + taskId + "/complete", json(refundByEmail()),
          String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    for (String reviewId : reviewIds) {
      awaitTask(second, reviewId, TASK_RECORD_CUSTOMER_ANSWER);
    }

    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    assertThat(jdbc.queryForList("""
        select created.JOB_ID_ from ACT_HI_JOB_LOG created
         where created.JOB_STATE_ = 0 and created.JOB_DEF_TYPE_ = 'async-continuation'
           and (select count(*) from ACT_HI_JOB_LOG done
                 where done.JOB_ID_ = created.JOB_ID_ and done.JOB_STATE_ = 2) <> 1
        """, String.class)).as("steps that did not run exactly once").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2", Integer.class))
        .as("per case: after the review arrived (the verification), before and after the outreach").isEqualTo(3 * REVIEWS);
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1", Integer.class))
        .as("failed job runs").isZero();
    assertThat(jdbc.queryForList("select distinct HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2", String.class))
        .as("the nodes that ran jobs").isSubsetOf("node-a", "node-b");
    assertThat(jdbc.queryForObject("select count(*) from communication where kind = 'OUTREACH'", Integer.class))
        .isEqualTo(REVIEWS);
    assertThat(jdbc.queryForList("select KEY_ from ACT_RE_PROCDEF order by KEY_", String.class))
        .as("one version of each process, though both nodes deployed")
        .containsExactly(ReviewRecoveryProcess.PROCESS_ID, ReviewRecoveryProcess.RECHECK_PROCESS_ID);

    List<String> messageIds = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      messageIds.add(mail.getMessageID());
    }
    assertThat(messageIds).as("one email per case").containsExactlyInAnyOrderElementsOf(reviewIds.stream()
        .map(id -> "<google.%s.OUTREACH.1@harbourstreetbakery.example>".formatted(id)).toList());

    for (Node node : nodes) {
      ResponseEntity<String> tasklist = node.anonymous().getForEntity("/camunda/app/tasklist/default/", String.class);
      assertThat(tasklist.getStatusCode()).as("Tasklist on %s", node.name).isEqualTo(HttpStatus.OK);
      assertThat(tasklist.getBody()).contains("<html");
      JsonNode openAnswers = node.as("agent").getForEntity("/engine-rest/task?taskDefinitionKey="
          + TASK_RECORD_CUSTOMER_ANSWER, JsonNode.class).getBody();
      assertThat(openAnswers).as("the agent's tasks on %s", node.name).hasSize(REVIEWS);
      JsonNode caseFile = node.as("agent").getForEntity("/api/reviews/google/" + reviewIds.get(0), JsonNode.class).getBody();
      assertThat(caseFile.get("communications")).as("case file on %s", node.name).hasSize(1);
    }
  }

  /** Waits until the case waits at the task (the jobs before it ran on some node), and returns its id. */
  private static String awaitTask(Node node, String reviewId, String taskKey) {
    String[] taskId = new String[1];
    awaitCondition("case " + reviewId + " at " + taskKey, STEP, () -> {
      JsonNode tasks = node.as("admin").getForEntity("/engine-rest/task?processInstanceBusinessKey=google:" + reviewId
          + "&taskDefinitionKey=" + taskKey, JsonNode.class).getBody();
      if (tasks != null && tasks.size() == 1) {
        taskId[0] = tasks.get(0).get("id").asText();
        return true;
      }
      return false;
    });
    return taskId[0];
  }

  private static void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
    await(what).atMost(timeout).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
  }

  private static String review(String reviewId) {
    return """
        {"platform": "google", "platformReviewId": "%s", "rating": 1,
         "text": "The lemon cake arrived two hours late and the icing had melted.",
         "reviewerName": "Jane Doe", "reviewerEmail": "jane.doe@example.com", "orderReference": "HSB-10231",
         "publishedAt": "%s"}
        """.formatted(reviewId, Instant.now().minus(1, ChronoUnit.HOURS));
  }

  private static String refundByEmail() {
    return """
        {"variables": {
          "outreachChannel": {"value": "EMAIL", "type": "String"},
          "apologyMessage": {"value": "We are sorry that your lemon cake arrived two hours late and the icing had melted.", "type": "String"},
          "remedyType": {"value": "REFUND", "type": "String"},
          "refundAmount": {"value": 25.0, "type": "Double"},
          "refundDate": {"value": "%s", "type": "String"}}}
        """.formatted(LocalDate.now(ZoneOffset.UTC).plusDays(2));
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** One node: the application in a JVM of its own, configured as docs/postgresql.md's cluster section says. */
  private record Node(String name, Process process, int port, Path log) {

    static Node start(String name) throws IOException {
      int port = freePort();
      Path log = Path.of("target", "cluster-" + name + ".log").toAbsolutePath();
      ProcessBuilder builder = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx384m", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"),
          ReviewRecoveryApplication.class.getName(),
          "--server.port=" + port,
          // Each node's health and metrics on a free port of its own, not both on the default one.
          "--management.server.port=0",
          // Each node's job executor looks for due jobs at least every second, not every minute.
          "--camunda.bpm.job-execution.max-wait=1000",
          "--camunda.bpm.generic-properties.properties.hostname=" + name)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      Map<String, String> environment = builder.environment();
      environment.put("SPRING_PROFILES_ACTIVE", "local,postgres");
      environment.put("REVIEW_RECOVERY_DB_URL", database.url());
      environment.put("REVIEW_RECOVERY_DB_USER", database.user());
      environment.put("REVIEW_RECOVERY_DB_PASSWORD", database.password());
      environment.put("REVIEW_RECOVERY_SMTP_HOST", smtp.getSmtp().getBindTo());
      environment.put("REVIEW_RECOVERY_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
      environment.put("REVIEW_RECOVERY_SMTP_STARTTLS", "false");
      return new Node(name, builder.start(), port, log);
    }

    void awaitReady() {
      awaitCondition(name + " answering on port " + port + " (log: " + log + ")", START_UP, () -> {
        if (!process.isAlive()) {
          throw new AssertionError(name + " stopped with exit code " + process.exitValue() + ":\n" + logTail());
        }
        try {
          return as("agent").getForEntity("/api/reviews/google/none", String.class).getStatusCode()
              == HttpStatus.NOT_FOUND;
        } catch (RuntimeException notListeningYet) {
          return false;
        }
      });
    }

    TestRestTemplate anonymous() {
      return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    /** Calls as one of the local profile's users, whose passwords are their names. */
    TestRestTemplate as(String user) {
      return anonymous().withBasicAuth(user, user);
    }

    void stop() {
      process.destroy();
      try {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }

    private String logTail() {
      try {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
