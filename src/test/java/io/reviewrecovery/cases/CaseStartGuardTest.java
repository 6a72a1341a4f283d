package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.PROCESS_ID;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.process.CaseDriver;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A case starts only through the intake: any other start of the process, even by an admin with
 * every permission, is refused with 400 before anything is written (no instance, no history, no
 * incident), whatever variables it brings.
 */
@ReviewRecoveryTest
class CaseStartGuardTest {

  private static final String START = "/engine-rest/process-definition/key/" + PROCESS_ID + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  ReviewIntake intake;

  private CaseDriver cases;
  private long instancesBefore;
  private long incidentsBefore;

  @BeforeEach
  void countWhatExists() {
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
    incidentsBefore = runtimeService.createIncidentQuery().count();
  }

  @Test
  void anAdminsStartOverRestWithoutVariablesIsRefusedAndLeavesNothing() {
    ResponseEntity<JsonNode> refused = asAdmin(START, "{}");

    assertRefused(refused);
    assertNothingWritten();
  }

  @Test
  void aStartWithTheIntakesVariablesForgedIsRefusedToo() {
    String reviewId = "forged-" + UUID.randomUUID();
    String forged = """
        {"businessKey": "google:%s", "variables": {
          "platform": {"value": "google"}, "platformReviewId": {"value": "%s"}, "reviewRating": {"value": 1},
          "reviewText": {"value": "Forged."}, "reviewerName": {"value": "Jane Doe"}}}
        """.formatted(reviewId, reviewId);

    assertRefused(asAdmin(START, forged));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("google:" + reviewId).count())
        .isZero();
    assertNothingWritten();
  }

  @Test
  void startInstructionsThatSkipTheListenersAreRefusedToo() {
    String atTheAssessment = """
        {"skipCustomListeners": true, "skipIoMappings": true,
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}]}
        """.formatted(TASK_ASSESS_TERMS);

    assertRefused(asAdmin(START, atTheAssessment));
    assertNothingWritten();
  }

  @Test
  void submittingTheStartFormIsRefused() {
    assertRefused(asAdmin("/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form", "{\"variables\": {}}"));
    assertNothingWritten();
  }

  @Test
  void restartingADeletedCaseIsRefused() {
    ProcessInstance deleted = cases.receiveReviewFromSampleCustomer();
    runtimeService.deleteProcessInstance(deleted.getId(), "test: a case to restart");
    instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
    String restart = """
        {"processInstanceIds": ["%s"], "initialVariables": true,
         "instructions": [{"type": "startBeforeActivity", "activityId": "%s"}]}
        """.formatted(deleted.getId(), TASK_ASSESS_TERMS);

    assertRefused(asAdmin("/engine-rest/process-definition/" + deleted.getProcessDefinitionId() + "/restart", restart));
    assertNothingWritten();
  }

  @Test
  void theJavaApiOutsideTheIntakeIsRefused() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_ID)).hasMessageContaining("POST /api/reviews");
    assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(PROCESS_ID).startBeforeActivity(TASK_ASSESS_TERMS)
        .execute(true, true)).hasMessageContaining("POST /api/reviews");
    assertNothingWritten();
  }

  @Test
  void theIntakeStartsCasesAndTheDoorClosesBehindIt() {
    ProcessInstance started = cases.receiveReviewFromSampleCustomer();

    assertThat(started).isNotNull();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .isEqualTo(instancesBefore + 1);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_ID)).hasMessageContaining("POST /api/reviews");
  }

  // ---------------------------------------------------------------------------------------------

  private ResponseEntity<JsonNode> asAdmin(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("admin", "admin").postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("starts only through the case API", "POST /api/reviews");
  }

  private void assertNothingWritten() {
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .as("instances, running or ended").isEqualTo(instancesBefore);
    assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isEqualTo(incidentsBefore);
  }
}
