package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewVariables.*;
import static io.reviewrecovery.tasklist.TaskFilters.MY_REVIEWS;
import static io.reviewrecovery.tasklist.TaskFilters.OVERDUE;
import static io.reviewrecovery.tasklist.TaskFilters.REPUTATION_QUEUE;
import static io.reviewrecovery.tasklist.TaskFilters.SUPPORT_QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.security.RoleAuthorizations;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The teams' task filters through the engine REST API, as Tasklist calls it, for each user. */
@Tag("postgres")
@ReviewRecoveryTest
class TaskFiltersTest {

  @Autowired TestRestTemplate http;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired RoleAuthorizations roleAuthorizations;
  @Autowired CamundaBpmProperties camunda;

  private final CaseDriver cases;

  @Autowired
  TaskFiltersTest(ReviewIntake intake, RuntimeService runtimeService, TaskService taskService, FormService formService,
      ManagementService managementService) {
    this.cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @Test
  void eachTeamSeesItsQueueTheSharedFiltersAndNotTheOtherQueue() {
    assertThat(filterNames("agent")).containsExactly(MY_REVIEWS, SUPPORT_QUEUE, OVERDUE);
    assertThat(filterNames("manager")).containsExactly(MY_REVIEWS, REPUTATION_QUEUE, OVERDUE);
    assertThat(filterNames("admin")).contains(MY_REVIEWS, SUPPORT_QUEUE, REPUTATION_QUEUE, OVERDUE);
  }

  @Test
  void aRestartCreatesNoFilterAgain() {
    long before = filterService.createFilterQuery().count();
    new TaskFilters(filterService, taskService, roleAuthorizations, camunda).afterPropertiesSet();
    assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    assertThat(filterService.createFilterQuery().filterName(OVERDUE).singleResult().getOwner()).isEqualTo("admin");
  }

  @Test
  void aQueueHoldsTheTeamsUnclaimedTasksAndMyReviewsWhatIClaimed() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    Task assessment = cases.task(instance, TASK_ASSESS_TERMS);

    assertThat(list("manager", REPUTATION_QUEUE)).contains(assessment.getId());
    assertThat(list("manager", MY_REVIEWS)).doesNotContain(assessment.getId());
    assertThat(list("agent", SUPPORT_QUEUE)).doesNotContain(assessment.getId());
    assertThat(list("agent", MY_REVIEWS)).doesNotContain(assessment.getId());

    taskService.claim(assessment.getId(), "manager");

    assertThat(list("manager", MY_REVIEWS)).contains(assessment.getId());
    assertThat(list("manager", REPUTATION_QUEUE)).doesNotContain(assessment.getId());
    assertThat(list("agent", MY_REVIEWS)).doesNotContain(assessment.getId());

    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    Task outreach = cases.task(instance, TASK_PREPARE_OUTREACH);
    assertThat(list("agent", SUPPORT_QUEUE)).contains(outreach.getId());
    assertThat(list("manager", REPUTATION_QUEUE)).doesNotContain(outreach.getId());
  }

  @Test
  void overdueHoldsTheTeamsTasksPastTheirDueDateClaimedOrNot() {
    Task late = cases.task(cases.receiveReviewFromSampleCustomer(), TASK_ASSESS_TERMS);
    Task onTime = cases.task(cases.receiveReviewFromSampleCustomer(), TASK_ASSESS_TERMS);
    taskService.setDueDate(late.getId(), Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    taskService.claim(late.getId(), "manager");

    assertThat(list("manager", OVERDUE)).contains(late.getId()).doesNotContain(onTime.getId());
    assertThat(list("agent", OVERDUE)).doesNotContain(late.getId());
  }

  @Test
  void listsShowTheMostUrgentFirstWhateverTasklistSortsBy() {
    Task later = cases.task(cases.receiveReviewFromSampleCustomer(), TASK_ASSESS_TERMS);
    Task sooner = cases.task(cases.receiveReviewFromSampleCustomer(), TASK_ASSESS_TERMS);
    taskService.setDueDate(later.getId(), Date.from(Instant.now().plus(9, ChronoUnit.DAYS)));
    taskService.setDueDate(sooner.getId(), Date.from(Instant.now().plus(8, ChronoUnit.DAYS)));

    // Tasklist asks for its own order (newest first by default); the filter's due date order comes first.
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    JsonNode tasks = as("manager").postForObject("/engine-rest/filter/" + filterId(REPUTATION_QUEUE) + "/list?maxResults=1000",
        new HttpEntity<>("{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}", headers), JsonNode.class);
    List<String> ids = tasks.findValuesAsText("id");

    assertThat(ids).containsSubsequence(sooner.getId(), later.getId());
  }

  private List<String> filterNames(String user) {
    ResponseEntity<JsonNode> filters = as(user).getForEntity("/engine-rest/filter?resourceType=Task",
        JsonNode.class);
    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> byPriority = new ArrayList<>();
    filters.getBody().forEach(byPriority::add);
    byPriority.sort(Comparator.comparingInt(filter -> filter.path("properties").path("priority").asInt()));
    return byPriority.stream().map(filter -> filter.get("name").asText()).toList();
  }

  private List<String> list(String user, String filterName) {
    ResponseEntity<JsonNode> tasks = as(user).getForEntity("/engine-rest/filter/" + filterId(filterName) + "/list?maxResults=1000",
        JsonNode.class);
    assertThat(tasks.getStatusCode()).as("%s lists %s", user, filterName).isEqualTo(HttpStatus.OK);
    return tasks.getBody().findValuesAsText("id");
  }

  private String filterId(String name) {
    Filter filter = filterService.createFilterQuery().filterName(name).filterOwner("admin").singleResult();
    return filter.getId();
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }
}
