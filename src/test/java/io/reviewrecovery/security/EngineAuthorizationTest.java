package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;
import static io.reviewrecovery.process.ReviewRecoveryProcess.PROCESS_ID;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_APPROVE_PUBLIC_REPLY;
import static io.reviewrecovery.process.ReviewRecoveryProcess.START_FIRST_OUTREACH_DUE;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_CHASE_LATE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_CHASE_LATE_PUBLIC_REPLY;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_PLATFORM_DECISION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_REPORT_TO_PLATFORM;
import static io.reviewrecovery.security.LocalUserCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The engine's authorizations over real HTTP: each team sees and works only on its own tasks, only
 * admins deploy, create filters or change users and groups, and the teams may open Tasklist but
 * neither Cockpit nor Admin.
 */
@ReviewRecoveryTest
class EngineAuthorizationTest {

  private static final String AGENT = "agent";
  private static final String MANAGER = "manager";
  private static final String ADMIN = "admin";

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  FilterService filterService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RoleAuthorizations roleAuthorizations;
  @Autowired
  ManagementService managementService;

  private final OpenCases cases;

  @Autowired
  EngineAuthorizationTest(ApplicationContext application) {
    this.cases = new OpenCases(application);
  }

  // ---------------------------------------------------------------------------------------------
  // Tasks

  @Test
  void supportNeitherSeesNorCompletesAReputationTask() {
    String instance = cases.atTermsAssessment();
    Task assessment = task(instance, TASK_ASSESS_TERMS);

    assertThat(taskIdsOf(AGENT, instance)).isEmpty();
    assertThat(as(AGENT).getForEntity("/engine-rest/task/" + assessment.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(AGENT).postForEntity("/engine-rest/task/" + assessment.getId() + "/claim",
        json("{\"userId\": \"agent\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(completeAssessment(AGENT, assessment).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> emptyCompletion = as(AGENT).postForEntity("/engine-rest/task/" + assessment.getId() + "/complete",
        json("{\"variables\": {}}"), String.class);
    assertThat(emptyCompletion.getStatusCode()).as("no hint of what the task needs").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(emptyCompletion.getBody()).doesNotContain("cannot be completed yet");

    assertThat(runtimeService.getActiveActivityIds(instance)).containsExactly(TASK_ASSESS_TERMS);
  }

  @Test
  void reputationCompletesItsTaskAndSupportThenWorksOnTheNextOne() {
    String instance = cases.atTermsAssessment();
    Task assessment = task(instance, TASK_ASSESS_TERMS);
    assertThat(taskIdsOf(MANAGER, instance)).containsExactly(assessment.getId());

    assertThat(completeAssessment(MANAGER, assessment).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Task outreach = task(instance, TASK_PREPARE_OUTREACH);
    assertThat(taskIdsOf(AGENT, instance)).containsExactly(outreach.getId());
    assertThat(taskIdsOf(MANAGER, instance)).isEmpty();
    assertThat(as(MANAGER).postForEntity("/engine-rest/task/" + outreach.getId() + "/claim",
        json("{\"userId\": \"manager\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(AGENT).postForEntity("/engine-rest/task/" + outreach.getId() + "/claim",
        json("{\"userId\": \"agent\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(instance, TASK_PREPARE_OUTREACH).getAssignee()).isEqualTo(AGENT);
  }

  @Test
  void onlyReputationChasesALateCase() {
    String instance = cases.atTermsAssessment();
    Job firstOutreachDue = managementService.createJobQuery().processInstanceId(instance)
        .activityId(START_FIRST_OUTREACH_DUE).singleResult();
    ClockUtil.setCurrentTime(firstOutreachDue.getDuedate());
    try {
      managementService.executeJob(firstOutreachDue.getId());
    } finally {
      ClockUtil.reset();
    }
    Task chase = task(instance, TASK_CHASE_LATE_OUTREACH);
    String completion = "{\"variables\": {\"chaseOutcome\": {\"value\": \"TEAM_REMINDED\"}}}";

    assertThat(taskIdsOf(AGENT, instance)).isEmpty();
    assertThat(as(AGENT).postForEntity("/engine-rest/task/" + chase.getId() + "/complete", json(completion), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskIdsOf(MANAGER, instance)).contains(chase.getId());
    assertThat(as(MANAGER).postForEntity("/engine-rest/task/" + chase.getId() + "/complete", json(completion), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(instance, TASK_CHASE_LATE_OUTREACH)).isNull();
  }

  @Test
  void aTeamMayWorkOnItsTasksButNotHandThemToSomeoneElse() {
    String instance = cases.atTermsAssessment();
    Task assessment = task(instance, TASK_ASSESS_TERMS);

    ResponseEntity<String> handedOver = as(MANAGER).postForEntity("/engine-rest/task/" + assessment.getId() + "/assignee",
        json("{\"userId\": \"agent\"}"), String.class);

    assertThat(handedOver.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(task(instance, TASK_ASSESS_TERMS).getAssignee()).isNull();
  }

  @Test
  void approvingAndPostingPublicRepliesAndPlatformDecisionsAreReputationTasks() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID)
        .latestVersion().singleResult().getId();
    Map<String, String> groupOfTask = repositoryService.getBpmnModelInstance(definitionId)
        .getModelElementsByType(UserTask.class).stream()
        .collect(Collectors.toMap(UserTask::getId, UserTask::getCamundaCandidateGroups));

    assertThat(groupOfTask).containsEntry(TASK_ASSESS_TERMS, GROUP_REPUTATION)
        .containsEntry(TASK_REPORT_TO_PLATFORM, GROUP_REPUTATION)
        .containsEntry(TASK_RECORD_PLATFORM_DECISION, GROUP_REPUTATION)
        .containsEntry(TASK_APPROVE_PUBLIC_REPLY, GROUP_REPUTATION)
        .containsEntry(TASK_CHASE_LATE_OUTREACH, GROUP_REPUTATION)
        .containsEntry(TASK_CHASE_LATE_PUBLIC_REPLY, GROUP_REPUTATION);
    assertThat(groupOfTask.values()).containsOnly(GROUP_SUPPORT, GROUP_REPUTATION);
  }

  // ---------------------------------------------------------------------------------------------
  // Only admins deploy, create filters, change users and groups

  @Test
  void onlyAdminsDeploy() {
    for (String user : List.of(AGENT, MANAGER)) {
      assertThat(deploy(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }

    ResponseEntity<JsonNode> deployed = deploy(ADMIN);

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = deployed.getBody().get("id").asText();
    assertThat(as(ADMIN).exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true", HttpMethod.DELETE,
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void onlyAdminsCreateFilters() {
    String filter = "{\"resourceType\": \"Task\", \"name\": \"Everything\", \"query\": {}}";
    for (String user : List.of(AGENT, MANAGER)) {
      assertThat(as(user).postForEntity("/engine-rest/filter/create", json(filter), String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(filterService.createFilterQuery().filterName("Everything").count()).isZero();

    ResponseEntity<JsonNode> created = as(ADMIN).postForEntity("/engine-rest/filter/create", json(filter), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
    filterService.deleteFilter(created.getBody().get("id").asText());
  }

  @Test
  void onlyAdminsCreateUsersAndChangeGroups() {
    String user = "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"In\", \"lastName\": \"Truder\"},"
        + " \"credentials\": {\"password\": \"intruder-password\"}}";
    for (String caller : List.of(AGENT, MANAGER)) {
      assertThat(as(caller).postForEntity("/engine-rest/user/create", json(user), String.class).getStatusCode())
          .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as(caller).exchange("/engine-rest/group/camunda-admin/members/" + caller, HttpMethod.PUT, null,
          String.class).getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(User::getId).containsExactly(ADMIN);

    assertThat(as(ADMIN).postForEntity("/engine-rest/user/create", json(user), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    identityService.deleteUser("intruder");
  }

  @Test
  void theStartupAuthorizationsAreCreatedOnce() {
    long before = authorizationService.createAuthorizationQuery().count();
    long groupsBefore = identityService.createGroupQuery().count();

    roleAuthorizations.afterPropertiesSet();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groupsBefore);
  }

  // ---------------------------------------------------------------------------------------------
  // Webapps: the teams work in Tasklist only

  @Test
  void theTeamsMayLogIntoTasklistButNotIntoCockpitOrAdmin() {
    for (String user : List.of(AGENT, MANAGER)) {
      assertThat(webappLogin(user, "tasklist")).as("%s in tasklist", user).isEqualTo(HttpStatus.OK);
      assertThat(webappLogin(user, "cockpit")).as("%s in cockpit", user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(webappLogin(user, "admin")).as("%s in admin", user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      assertThat(webappLogin(ADMIN, app)).as("admin in %s", app).isEqualTo(HttpStatus.OK);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private TestRestTemplate as(String user) {
    return LocalUserCalls.as(http, user);
  }

  private HttpStatusCode webappLogin(String user, String app) {
    return LocalUserCalls.webappLogin(http, user, app).status();
  }

  private Task task(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  private List<String> taskIdsOf(String user, String processInstanceId) {
    ResponseEntity<JsonNode> tasks = as(user).getForEntity("/engine-rest/task?processInstanceId=" + processInstanceId,
        JsonNode.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    return tasks.getBody().findValuesAsText("id");
  }

  /** A valid assessment (the review keeps to the terms), so only the authorization can refuse it. */
  /** No terms violated, and the reviewer, whom the records do not know, taken for a customer: support reaches out next. */
  private ResponseEntity<String> completeAssessment(String user, Task assessment) {
    return as(user).postForEntity("/engine-rest/task/" + assessment.getId() + "/complete",
        json("{\"variables\": {\"termsViolated\": {\"value\": false, \"type\": \"Boolean\"},"
            + " \"reviewerIsCustomer\": {\"value\": true, \"type\": \"Boolean\"}}}"), String.class);
  }

  private ResponseEntity<JsonNode> deploy(String user) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://reviewrecovery.io/test">
          <process id="SecurityTestProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="StartEvent_Started"/>
          </process>
        </definitions>
        """;
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "security-test");
    parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "SecurityTestProcess.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
  }
}
