package io.reviewrecovery;

import static io.reviewrecovery.process.ReviewRecoveryProcess.END_REVIEW_UPDATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The benchmark's requests to this application (bench/harness/src/main/resources/bench/ours, see
 * docs/benchmarks.md): its review starts a case, and its whole case, found, claimed and submitted
 * task by task over the engine's REST API as the team member who works it, ends as the happy path
 * ends. A change of the intake or of the forms' rules that the benchmark's requests no longer meet
 * fails here, in the application's own build, not in the next benchmark run.
 */
@ReviewRecoveryTest
class BenchmarkRequestsTest {

  private static final Path REQUESTS = Path.of("bench/harness/src/main/resources/bench/ours");
  private static final Pattern PLACEHOLDER = Pattern.compile("#\\{([A-Za-z]+)}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void theBenchmarksReviewAndWholeCaseEndAsTheHappyPathEnds() throws IOException {
    CaseDriver jobs = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    String reviewId = "bench-" + UUID.randomUUID();
    Map<String, String> values = Map.of("reviewId", reviewId,
        "publishedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
        "refundDate", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());

    ResponseEntity<JsonNode> received = http.withBasicAuth("feed", "feed").postForEntity("/api/reviews",
        json(fill(Files.readString(REQUESTS.resolve("review.json")), values)), JsonNode.class);
    assertThat(received.getStatusCode()).as("intake: %s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    String processInstanceId = received.getBody().get("processInstanceId").asText();
    jobs.runAsyncJobs(processInstanceId);

    for (JsonNode step : JSON.readTree(REQUESTS.resolve("happy-path.json").toFile())) {
      String taskKey = step.get("task").asText();
      TestRestTemplate member = http.withBasicAuth(step.get("user").asText(), step.get("user").asText());
      JsonNode tasks = member.getForObject("/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}",
          JsonNode.class, "google:" + reviewId, taskKey);
      assertThat(tasks).as("%s, found by %s", taskKey, step.get("user").asText()).hasSize(1);
      String taskId = tasks.get(0).get("id").asText();
      assertThat(member.postForEntity("/engine-rest/task/" + taskId + "/claim",
          json("{\"userId\": \"" + step.get("user").asText() + "\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      ResponseEntity<String> submitted = member.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
          json(fill("{\"variables\": " + step.get("variables") + "}", values)), String.class);
      assertThat(submitted.getStatusCode()).as("%s: %s", taskKey, submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      jobs.runAsyncJobs(processInstanceId);
    }

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getEndActivityId()).isEqualTo(END_REVIEW_UPDATED);
  }

  /** The benchmark's templates use Gatling's placeholders, #{name}. */
  private static String fill(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      assertThat(value).as("a value for #{%s}", placeholder.group(1)).isNotNull();
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(filled).toString();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
