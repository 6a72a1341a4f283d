package io.reviewrecovery.retention;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.platform.PlatformEventInbox;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.security.LocalUserCalls;
import io.reviewrecovery.story.CaseStories;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An ended case is kept for the history time to live (P365D by default), in Camunda and in our
 * tables; once Camunda's history cleanup removed it, its personal data go too. A running case
 * stays whatever its age.
 */
@ReviewRecoveryTest
@Tag("postgres")
class PersonalDataRetentionTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired ReviewIntake intake;
  @Autowired PlatformEventInbox inbox;
  @Autowired PersonalDataRetention retention;
  @Autowired RetentionProperties retentionSettings;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseStories stories;
  @Autowired TestRestTemplate http;

  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(processEngine);
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @AfterEach
  void backToTheRealTime() {
    ClockUtil.reset();
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
  }

  @Test
  void everyProcessDefinitionKeepsHistoryForTheConfiguredTimeToLive() {
    assertThat(retentionSettings.historyTimeToLive()).isEqualTo(Duration.ofDays(365));
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .isNotEmpty()
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(365));
  }

  @Test
  void anEndedCaseOlderThanTheRetentionIsRemovedWithItsPersonalData_aRunningOneStays() {
    ProcessInstance ended = endedWithAPublicReply(arrivedThroughWebhook("retention-ended-" + System.nanoTime(), 1));
    ProcessInstance running = arrivedThroughWebhook("retention-running-" + System.nanoTime(), 1);
    String wellRated = "retention-well-rated-" + System.nanoTime();
    inbox.receiveNewReview(Platform.GOOGLE, "evt-" + wellRated, review(wellRated, 5));
    assertThat(running).isWaitingAt(TASK_ASSESS_TERMS);
    assertThat(rowsOf(ended)).containsEntry("review_case", 1).containsEntry("communication", 2)
        .containsEntry("platform_event", 1).containsEntry("guard_refusal", 1);
    assertThat(eventsOf(wellRated)).isEqualTo(1);
    assertThat(stories.find(ended.getBusinessKey())).isPresent();

    cleanUpAt(Instant.now().plus(364, ChronoUnit.DAYS));
    assertThat(historyOf(ended)).as("ended 364 days ago: kept").isEqualTo(1);
    assertThat(rowsOf(ended)).containsEntry("review_case", 1).containsEntry("communication", 2);
    assertThat(eventsOf(wellRated)).isEqualTo(1);

    cleanUpAt(Instant.now().plus(366, ChronoUnit.DAYS));
    assertThat(historyOf(ended)).as("ended 366 days ago: removed by Camunda").isZero();
    assertThat(rowsOf(ended)).as("and our copies with it").containsOnly(
        Map.entry("review_case", 0), Map.entry("communication", 0), Map.entry("platform_event", 0),
        Map.entry("customer_response", 0), Map.entry("guard_refusal", 0));
    assertThat(stories.find(ended.getBusinessKey())).as("no story left to show or export").isEmpty();
    assertThat(storyAnswer(ended)).as("the audit plugin's story and exports").containsOnly(404);
    assertThat(eventsOf(wellRated)).as("an event without a case, received 366 days ago").isZero();
    assertThat(historyOf(running)).isEqualTo(1);
    assertThat(rowsOf(running)).containsEntry("review_case", 1).containsEntry("platform_event", 1);
  }

  @Test
  void aReviewInvitationIsKeptForTheTimeToLive() {
    String customer = "customer:retention-" + System.nanoTime();
    jdbc.update("insert into communication (idempotency_key, business_key, kind, channel, recipient, subject, body, sent_at) "
        + "values (?, ?, 'REVIEW_INVITATION', 'EMAIL', 'invited@example.com', 'How was your visit?', 'Invitation', ?)",
        customer + ":REVIEW_INVITATION:1", customer, Timestamp.from(Instant.now()));

    cleanUpAt(Instant.now().plus(364, ChronoUnit.DAYS));
    assertThat(invitationsTo(customer)).as("sent 364 days ago: kept").isEqualTo(1);

    cleanUpAt(Instant.now().plus(366, ChronoUnit.DAYS));
    assertThat(invitationsTo(customer)).as("sent 366 days ago: removed").isZero();
  }

  private int invitationsTo(String customer) {
    return jdbc.queryForObject("select count(*) from communication where business_key = ?", Integer.class, customer);
  }

  /** Camunda's history cleanup, then ours, as if it were {@code now}. */
  private void cleanUpAt(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
    Job cleanup = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(cleanup.getId());
    retention.removeCasesWithoutHistory();
  }

  private ProcessInstance arrivedThroughWebhook(String reviewId, int rating) {
    inbox.receiveNewReview(Platform.GOOGLE, "evt-" + reviewId, review(reviewId, rating));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("google:" + reviewId).singleResult();
    cases.runAsyncJobs(instance.getId());
    return instance;
  }

  /** The answers of the audit plugin's story and exports of the case, to an admin. */
  private List<Integer> storyAnswer(ProcessInstance instance) {
    HttpHeaders admin = LocalUserCalls.webappLogin(http, "admin", "cockpit").session();
    String story = "/camunda/api/cockpit/plugin/review-audit/default/cases/" + instance.getBusinessKey();
    return List.of(story, story + "/export.json", story + "/export.pdf").stream()
        .map(path -> http.exchange(path, HttpMethod.GET, new HttpEntity<>(admin), String.class).getStatusCode().value())
        .toList();
  }

  private ProcessInstance endedWithAPublicReply(ProcessInstance instance) {
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    String outreach = cases.task(instance, TASK_PREPARE_OUTREACH).getId();
    assertThatThrownBy(() -> formService.submitTaskForm(outreach, CaseDriver.refundProposal(Channel.EMAIL)
        .and(APOLOGY_MESSAGE, "We are sorry. We will refund you if you update your review.").asMap()))
        .as("a completion the guard refuses, recorded for the case's story")
        .isInstanceOf(FormFieldValidationException.class);
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    String draft = cases.variable(instance, PUBLIC_REPLY_TEXT);
    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY, FormInput.with(PUBLIC_REPLY_TEXT, draft));
    assertThat(instance).isEnded();
    return instance;
  }

  private static NewReview review(String reviewId, int rating) {
    return new NewReview("google", reviewId, rating, "The lemon cake arrived two hours late and the icing had melted.",
        "Jane Doe", "jane.doe@example.com", null, null, Instant.now().minus(1, ChronoUnit.DAYS));
  }

  private long historyOf(ProcessInstance instance) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count();
  }

  private Map<String, Integer> rowsOf(ProcessInstance instance) {
    String businessKey = instance.getBusinessKey();
    String reviewId = businessKey.substring("google:".length());
    return Map.of(
        "review_case", count("select count(*) from review_case where business_key = ?", businessKey),
        "communication", count("select count(*) from communication where business_key = ?", businessKey),
        "customer_response", count("select count(*) from customer_response where business_key = ?", businessKey),
        "guard_refusal", count("select count(*) from guard_refusal where business_key = ?", businessKey),
        "platform_event", eventsOf(reviewId));
  }

  private int eventsOf(String reviewId) {
    return count("select count(*) from platform_event where platform = 'google' and platform_review_id = ?", reviewId);
  }

  private int count(String sql, String key) {
    return jdbc.queryForObject(sql, Integer.class, key);
  }
}
