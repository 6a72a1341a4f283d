package io.reviewrecovery.engine;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A process owner adds a user task in Modeler, with a form of their own and no Java: the process
 * with the step "Check delivery" (form {@code forms/test-only/check-delivery.form} of the test
 * resources) before "Verify reviewer" is deployed as the latest version, and support completes the
 * step over the engine's REST API. The form's own checks apply on the server (required, the type
 * of each field, the values a select offers, bounds, dates, lengths), and what no form field takes
 * is refused, with 400 naming the field.
 */
@ReviewRecoveryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelerAddedTaskTest {

  static final String TASK_CHECK_DELIVERY = "Task_CheckDelivery";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;

  String deploymentId;
  ProcessInstance instance;

  /** What Modeler would save and deploy: the process with one more step, and the forms, the new one among them. */
  @BeforeAll
  void deployTheProcessWithAnAddedUserTask() throws IOException {
    BpmnModelInstance model;
    try (InputStream bpmn = new ClassPathResource("processes/NegativeReviewRecovery.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(bpmn);
    }
    StartEvent received = model.getModelElementById("StartEvent_ReviewReceived");
    SequenceFlow toVerify = received.getOutgoing().iterator().next();
    FlowNode verify = toVerify.getTarget();
    Process process = (Process) received.getParentElement();

    UserTask check = model.newInstance(UserTask.class);
    check.setId(TASK_CHECK_DELIVERY);
    check.setName("Check delivery");
    check.setCamundaFormRef("check-delivery");
    check.setCamundaFormRefBinding("deployment");
    check.setCamundaCandidateGroups("support");
    process.addChildElement(check);
    SequenceFlow checked = model.newInstance(SequenceFlow.class);
    checked.setId("Flow_DeliveryChecked");
    process.addChildElement(checked);
    checked.setSource(check);
    checked.setTarget(verify);
    toVerify.setTarget(check);

    DeploymentBuilder deployment = repositoryService.createDeployment().name("modeler-added-task")
        .addModelInstance("processes/NegativeReviewRecovery.bpmn", model)
        .addClasspathResource("processes/SuggestOutreachChannel.dmn");
    PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    for (Resource form : resources.getResources("classpath*:forms/*.form")) {
      deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
    }
    deployment.addClasspathResource("forms/test-only/check-delivery.form");
    deploymentId = deployment.deploy().getId();
  }

  /** Cases started by the other test classes of this Spring context meet the process as it was. */
  @AfterAll
  void removeTheAddedTask() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @BeforeEach
  void aCaseAtTheAddedTask() {
    init(processEngine);
    CaseDriver cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    instance = cases.receiveReviewFromSampleCustomer();
    assertThat(instance).isWaitingAt(TASK_CHECK_DELIVERY);
  }

  @Test
  void supportCompletesTheAddedTaskWithWhatItsFormAsks_andTheCaseGoesOn() {
    ResponseEntity<JsonNode> answer = complete("""
        {"deliveryNote": {"value": "Left with the neighbour at number 12."},
         "parcelCount": {"value": 2},
         "deliveryMethod": {"value": "POST"},
         "deliveredOn": {"value": "2026-11-30"},
         "deliveredInFull": {"value": true}}""");

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instance).isWaitingAt(TASK_ASSESS_TERMS);
    assertThat(runtimeService.getVariables(instance.getId())).containsEntry("deliveryNote", "Left with the neighbour at number 12.")
        .containsEntry("parcelCount", 2).containsEntry("deliveryMethod", "POST").containsEntry("deliveredOn", "2026-11-30")
        .containsEntry("deliveredInFull", true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a field no form field takes     | {"approvedBy": {"value": "manager"}}                | does not take approvedBy
      a field the form only shows     | {"reviewText": {"value": "Great cake!"}}            | does not take reviewText
      a number as text                | {"parcelCount": {"value": "2"}}                     | parcelCount must be a number, not text
      a yes/no as a number            | {"deliveredInFull": {"value": 1, "type": "Integer"}}  | deliveredInFull must be true or false
      a number below the form's min   | {"parcelCount": {"value": 0}}                       | parcelCount (Parcels delivered) must be at least 1.
      a value the select does not offer | {"deliveryMethod": {"value": "DRONE"}}            | deliveryMethod (Delivered by) must be one of [COURIER, POST], not 'DRONE'.
      a date that is none             | {"deliveredOn": {"value": "yesterday"}}             | deliveredOn (Delivered on) must be a date like 2026-12-01, not 'yesterday'.
      a text over the form's maximum  | {"deliveryNote": {"value": "`LONG`"}}               | Shorten deliveryNote (What the courier says) to at most 200 characters; it has 201.
      a control character             | {"deliveryNote": {"value": "Left\\u0000there"}}     | deliveryNote must not contain control characters
      an expression                   | {"deliveryNote": {"value": "${execution.processEngine}"}} | deliveryNote (What the courier says) must not contain an expression
      """)
  void whatTheFormDoesNotAllowIsRefusedNamingTheField(String what, String change, String reason) throws IOException {
    ObjectNode variables = valid();
    JSON.readTree(change.replace("`LONG`", "x".repeat(201))).fields()
        .forEachRemaining(field -> variables.set(field.getKey(), field.getValue()));

    assertRefused(variables, reason);
  }

  /** Shown only when the courier delivered, "Courier's reference" is not required for the post. */
  @Test
  void aRequiredFieldMissingIsRefusedNamingTheField() throws IOException {
    ObjectNode variables = valid();
    variables.remove("deliveryNote");

    assertRefused(variables, "Fill in deliveryNote (What the courier says).");
  }

  private void assertRefused(ObjectNode variables, String reason) {
    ResponseEntity<JsonNode> answer = complete(variables.toString());

    assertThat(answer.getStatusCode()).as("%s", variables).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").asText()).as("%s", variables).contains(reason);
    assertThat(instance).isWaitingAt(TASK_CHECK_DELIVERY);
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("deliveryNote", "parcelCount", "approvedBy");
  }

  private static ObjectNode valid() throws IOException {
    return (ObjectNode) JSON.readTree("""
        {"deliveryNote": {"value": "Left with the neighbour at number 12."}, "parcelCount": {"value": 2},
         "deliveryMethod": {"value": "COURIER"}, "courierReference": {"value": "DPD 1234"},
         "deliveredOn": {"value": "2026-11-30"}}""");
  }

  /** Support's agent completes the task, as any client of the engine's REST API would. */
  private ResponseEntity<JsonNode> complete(String variables) {
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_CHECK_DELIVERY).singleResult().getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("agent", "agent").postForEntity("/engine-rest/task/" + taskId + "/complete",
        new HttpEntity<>("{\"variables\": " + variables + "}", headers), JsonNode.class);
  }
}
