package io.reviewrecovery.engine;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_REPORT_TO_PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Task completions over the engine's REST API ({@code complete} and {@code submit-form}, as
 * Tasklist and other clients send them) whose values do not fit the form: refused with 400 naming
 * the field, the task left open, and logged as a refusal (one line, no ERROR, no stack trace).
 */
@ReviewRecoveryTest
@Tag("postgres")
@ExtendWith(OutputCaptureExtension.class)
class TaskCompletionInputTest {


  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;

  CaseDriver cases;
  ProcessInstance instance;

  @BeforeEach
  void aCaseAtTheAssessment() {
    init(processEngine);
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    instance = cases.receiveReviewFromSampleCustomer();
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
  }

  /** The task listener that drafts the report read them as JSON and threw: a 500 that left an ERROR in the log. */
  @ParameterizedTest
  @ValueSource(strings = {"complete", "submit-form"})
  void violationReasonsAsTextInsteadOfJsonAreRefusedNamingTheField(String endpoint, CapturedOutput log) {
    String variables = """
        {"termsViolated": {"value": true},
         "violationReasons": {"value": "[\\"SPAM\\"]", "type": "String"},
         "violationEvidence": {"value": "The same text was posted under 12 other bakeries the same day."}}""";

    ResponseEntity<JsonNode> answer = send(TASK_ASSESS_TERMS, endpoint, variables);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").asText())
        .contains("violationReasons must be a JSON list (type Json)", "not a value of type string");
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
    assertRefusalLoggedAsOneLine(log);
  }

  /** A refusal by the task's rules answered 400 but left an ERROR with a stack trace in the log (ENGINE-16004). */
  @ParameterizedTest
  @ValueSource(strings = {"complete", "submit-form"})
  void aRefusedCompletionIsLoggedAsOneInfoLine_notAsAnError(String endpoint, CapturedOutput log) {
    ResponseEntity<JsonNode> answer = send(TASK_ASSESS_TERMS, endpoint, "{}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").asText()).contains("Answer whether the review violates the platform's terms");
    assertRefusalLoggedAsOneLine(log);
  }

  /** The refusal quotes what the agent wrote to the agent, but the log only says that it was refused. */
  @Test
  void aRefusalKeepsWhatWasWrittenOutOfTheLog(CapturedOutput log) {
    assertThat(send(TASK_ASSESS_TERMS, "complete", """
        {"termsViolated": {"value": false}}""").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String apology = "Dear Jane Doe, we will refund you in full if you remove your review today.";

    ResponseEntity<JsonNode> answer = send(TASK_PREPARE_OUTREACH, "complete", """
        {"outreachChannel": {"value": "EMAIL"}, "apologyMessage": {"value": "%s"}, "remedyType": {"value": "REFUND"},
         "refundAmount": {"value": 25.0, "type": "Double"}, "refundDate": {"value": "2030-01-02"}}""".formatted(apology));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").asText()).contains("remove your review");
    assertThat(log.getAll()).contains("Case " + instance.getBusinessKey() + ": completing 'Prepare")
        .doesNotContain("Jane", "remove your review");
  }

  @Test
  void theSameReasonsAsJsonAreTaken() {
    String variables = """
        {"termsViolated": {"value": true},
         "violationReasons": {"value": "[\\"SPAM\\"]", "type": "Json"},
         "violationEvidence": {"value": "The same text was posted under 12 other bakeries the same day."}}""";

    assertThat(send(TASK_ASSESS_TERMS, "submit-form", variables).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instance).isWaitingAt(TASK_REPORT_TO_PLATFORM);
  }

  @Test
  void aValueOfTheWrongTypeForAnyFieldIsRefusedNamingTheField(CapturedOutput log) {
    assertRefused(TASK_ASSESS_TERMS, """
        {"termsViolated": {"value": 1, "type": "Integer"}}""", "termsViolated must be true or false");
    assertRefused(TASK_ASSESS_TERMS, """
        {"termsViolated": {"value": false}, "violationEvidence": {"value": 42, "type": "Long"}}""",
        "violationEvidence must be text");
    assertRefused(TASK_ASSESS_TERMS, """
        {"termsViolated": {"value": false}, "violationReasons": {"value": ["SPAM"]}}""",
        "violationReasons must be a JSON list");
    assertRefused(TASK_ASSESS_TERMS, """
        {"termsViolated": {"value": false}, "violationEvidence": {"value": "2026-12-01T10:00:00.000+0000", "type": "Date"}}""",
        "violationEvidence must be text");
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);

    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertRefused(TASK_PREPARE_OUTREACH, """
        {"outreachChannel": {"value": "EMAIL"}, "remedyType": {"value": "REFUND"},
         "apologyMessage": {"value": "We are sorry that your lemon cake arrived two hours late and the icing had melted."},
         "refundAmount": {"value": "25.00"}, "refundDate": {"value": "2099-12-01"}}""", "refundAmount must be a number");
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertRefusalLoggedAsOneLine(log);
  }

  /** PostgreSQL cannot store a NUL: the completion failed in the database with a 500. */
  @Test
  void aControlCharacterInATextFieldIsRefusedNamingTheField() {
    assertRefused(TASK_ASSESS_TERMS, """
        {"termsViolated": {"value": true}, "violationReasons": {"value": "[\\"SPAM\\"]", "type": "Json"},
         "violationEvidence": {"value": "Posted under 12 other\\u0000bakeries the same day."}}""",
        "violationEvidence must not contain control characters (U+0000");
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
  }

  /** Camunda's REST API failed on these with a 500 (a NullPointerException) before the engine saw them. */
  @ParameterizedTest
  @ValueSource(strings = {"complete", "submit-form"})
  void aBodyOrVariableTheRestApiCannotReadIsRefused(String endpoint) {
    String taskId = cases.task(instance, TASK_ASSESS_TERMS).getId();
    for (String body : List.of("", "null", "{\"variables\": {\"termsViolated\": null}}",
        "{\"variables\": {\"violationEvidence\": {\"value\": \"eA==\", \"type\": \"File\"}}}")) {
      ResponseEntity<JsonNode> answer = post("manager", "/engine-rest/task/" + taskId + "/" + endpoint, body);
      assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
  }

  private void assertRefused(String taskKey, String variables, String reason) {
    for (String endpoint : List.of("complete", "submit-form")) {
      ResponseEntity<JsonNode> answer = send(taskKey, endpoint, variables);
      assertThat(answer.getStatusCode()).as(endpoint + " " + variables).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("message").asText()).as(endpoint + " " + variables).contains(reason);
    }
  }

  /** One INFO line from the guard for each refusal; nothing at ERROR, and no stack trace. */
  private static void assertRefusalLoggedAsOneLine(CapturedOutput log) {
    List<String> lines = log.getAll().lines().toList();
    assertThat(lines).filteredOn(line -> line.contains("TaskCompletionGuard") && line.contains("refused"))
        .isNotEmpty().allSatisfy(line -> assertThat(line).contains(" INFO "));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains(" ERROR "));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains("FormFieldValidationException"));
  }

  private ResponseEntity<JsonNode> send(String taskKey, String endpoint, String variables) {
    String taskId = cases.task(instance, taskKey).getId();
    // The local users' passwords are their names: the reputation team assesses, support proposes.
    String user = taskKey.equals(TASK_ASSESS_TERMS) ? "manager" : "agent";
    return post(user, "/engine-rest/task/" + taskId + "/" + endpoint, "{\"variables\": " + variables + "}");
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
