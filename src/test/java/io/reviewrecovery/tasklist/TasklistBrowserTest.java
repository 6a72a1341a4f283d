package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.tasklist.TaskFilters.MY_REVIEWS;
import static io.reviewrecovery.tasklist.TaskFilters.OVERDUE;
import static io.reviewrecovery.tasklist.TaskFilters.REPUTATION_QUEUE;
import static io.reviewrecovery.tasklist.TaskFilters.SUPPORT_QUEUE;
import static io.reviewrecovery.tasklist.TasklistBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.reviewrecovery.ReviewRecoveryTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Support and reputation work reviews through Tasklist in a real browser, using only its filters
 * and forms: claim, fill in, complete. The application runs as in production, with its job
 * executor; the outcome is read from the case API.
 */
@ExtendWith(ChromiumInstalled.class)
@ReviewRecoveryTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class TasklistBrowserTest {

  private static final Duration ENGINE_DEADLINE = Duration.ofSeconds(30);

  private static TasklistBrowser browser;

  /** What each user saw when a test failed, under target/screenshots. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotsOfAFailure = test -> test.getExecutionException()
      .ifPresent(failure -> browser.screenshotAll("failed-" + test.getRequiredTestMethod().getName()));

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    browser = TasklistBrowser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aReviewThatStaysGetsAPrivateRemedyAndAPublicReply() {
    Review review = receive("The sourdough loaf from Saturday was stale inside and the crust was burnt black.");
    TasklistUser manager = user("manager");
    TasklistUser agent = user("agent");

    take(manager, REPUTATION_QUEUE, "Assess review against platform terms", review)
        .tick("No: reach out to the customer privately");
    screenshot(manager.page(), "1-assess-review");
    manager.complete();
    awaitStep(review, TASK_PREPARE_OUTREACH);

    agent.openTasklist().openFilter(SUPPORT_QUEUE);
    screenshot(agent.page(), "2-support-queue");
    proposeRefundByEmail(agent, review, "We are sorry. We will refund you if you update your review.", "6.50");
    PlaywrightAssertions.assertThat(agent.completeRefused())
        .containsText("cannot be completed yet");
    screenshot(agent.page(), "3-refused-proposal");
    agent.dismissMessages().fill("Apology", "We are sorry that your sourdough loaf on Saturday was stale and burnt: that is not the bread we bake.")
        .complete();
    awaitStep(review, TASK_RECORD_CUSTOMER_ANSWER);

    recordAcceptance(agent, review, "Accepted the refund by email.").show("Case history");
    screenshot(agent.page(), "4-record-answer-with-history");
    agent.complete();
    deliverRemedyToSatisfaction(agent, review, "Refund of £6.50 issued today, transaction RF-2231.");

    take(agent, SUPPORT_QUEUE, "Follow up on review", review).tick("No: declined or not updated").complete();
    awaitStep(review, TASK_APPROVE_PUBLIC_REPLY);

    take(manager, REPUTATION_QUEUE, "Approve public reply", review);
    screenshot(manager.page(), "5-approve-public-reply");
    manager.complete();

    assertThat(outcomeOf(review)).isEqualTo("PUBLIC_REPLY_POSTED");
  }

  /**
   * Google gives a reviewer's display name only: no email, and here a name that matches no
   * customer. Nothing reaches them privately, so the reputation team answers in public at once,
   * inviting them to get in touch; support records the contact they give, and the case goes on
   * privately to a remedy.
   */
  @Test
  void aGoogleReviewerKnownOnlyByADisplayNameIsAcknowledgedInPublicThenGetsAPrivateRemedy() {
    Review review = receive("Sam K.", null,
        "Paid cash for a coffee and walnut cake on Friday and it was dry and crumbling by the time we cut it.");
    TasklistUser manager = user("manager");
    TasklistUser agent = user("agent");

    take(manager, REPUTATION_QUEUE, "Assess review against platform terms", review);
    PlaywrightAssertions.assertThat(manager.field("What the records show")).hasValue(Pattern.compile("^Not a customer"));
    PlaywrightAssertions.assertThat(manager.field("The reviewer is a customer of ours")).not().isChecked();
    // The records know no "Sam K.", but the review names a cash purchase: the manager knows better.
    manager.tick("The reviewer is a customer of ours").tick("No: reach out to the customer privately").complete();
    awaitStep(review, TASK_APPROVE_ACKNOWLEDGEMENT);

    take(manager, REPUTATION_QUEUE, "Approve public acknowledgement", review).show("Acknowledgement to post");
    String acknowledgement = manager.field("Acknowledgement to post").inputValue();
    assertThat(acknowledgement).as("the draft the form offers").isNotBlank().doesNotContain("Sam");
    screenshot(manager.page(), "6-approve-acknowledgement");
    manager.complete();
    awaitStep(review, TASK_RECORD_REVIEWER_CONTACT);

    assertThat(caseFile(review).path("communications")).singleElement().satisfies(posted -> {
      assertThat(posted.path("kind").asText()).isEqualTo("PUBLIC_ACKNOWLEDGEMENT");
      assertThat(posted.path("body").asText()).isEqualTo(acknowledgement);
    });

    take(agent, SUPPORT_QUEUE, "Record reviewer's contact details", review).show("Reviewer's email address");
    PlaywrightAssertions.assertThat(agent.field("The acknowledgement posted")).hasValue(acknowledgement);
    agent.fill("Reviewer's email address", "sam.k@example.net");
    screenshot(agent.page(), "7-record-reviewer-contact");
    agent.complete();
    awaitStep(review, TASK_PREPARE_OUTREACH);

    proposeRefundByEmail(agent, review,
        "We are sorry that your coffee and walnut cake on Friday was dry and crumbling: that is not how we bake it.", "32.00")
        .complete();
    awaitStep(review, TASK_RECORD_CUSTOMER_ANSWER);
    recordAcceptance(agent, review, "Accepted the refund by email, and thanked us for getting in touch.").complete();
    deliverRemedyToSatisfaction(agent, review, "Refund of £32.00 issued today as a bank transfer, reference RF-2240.");

    take(agent, SUPPORT_QUEUE, "Follow up on review", review).tick("Yes, it was updated").complete();

    assertThat(outcomeOf(review)).isEqualTo("REVIEW_UPDATED");
    JsonNode communications = caseFile(review).path("communications");
    assertThat(communications).filteredOn(sent -> sent.path("kind").asText().equals("PUBLIC_ACKNOWLEDGEMENT"))
        .as("posted once").hasSize(1);
    assertThat(communications).filteredOn(sent -> sent.path("kind").asText().equals("PUBLIC_REPLY")).isEmpty();
    assertThat(communications).filteredOn(sent -> sent.path("kind").asText().equals("OUTREACH"))
        .singleElement().satisfies(outreach -> {
          assertThat(outreach.path("channel").asText()).isEqualTo("EMAIL");
          assertThat(outreach.path("recipient").asText()).isEqualTo("sam.k@example.net");
        });
  }

  @Test
  void aReviewThatBreaksTheTermsIsReportedAndRemoved() {
    Review review = receive("Visit CHEAPCAKES dot com for 50% off with code SAVE50, their bakery is better!!!");
    TasklistUser manager = user("manager");

    manager.openTasklist();
    assertThat(manager.filterNames()).containsExactly(MY_REVIEWS, REPUTATION_QUEUE, OVERDUE);
    manager.openFilter(REPUTATION_QUEUE).openTask("Assess review against platform terms", review.words()).claim();
    // A claimed task leaves the queue for the claimer's own list.
    manager.openTasklist().openFilter(REPUTATION_QUEUE);
    PlaywrightAssertions.assertThat(manager.tasksOf(review.words())).hasCount(0);
    manager.openFilter(MY_REVIEWS).openTask("Assess review against platform terms", review.words())
        .tick("Yes: report it to the platform").tick("Spam or fake content")
        .fill("Evidence for the platform", "The review promotes another business with a discount code.")
        .complete();
    awaitStep(review, TASK_REPORT_TO_PLATFORM);

    take(manager, REPUTATION_QUEUE, "Report review to platform", review)
        .fill("Platform's reference for the report", "GBP-CASE-8812").complete();
    awaitStep(review, TASK_RECORD_PLATFORM_DECISION);

    take(manager, REPUTATION_QUEUE, "Record platform decision", review)
        .tick("Yes, it was removed").complete();

    assertThat(outcomeOf(review)).isEqualTo("REVIEW_REMOVED_BY_PLATFORM");
  }

  @Test
  void supportSeesNoReputationTask() throws JsonProcessingException {
    Review review = receive("Rude staff at the counter on Tuesday and the croissants were cold.");
    String assessment = taskService.createTaskQuery().processInstanceId(review.processInstanceId()).singleResult().getId();
    taskService.setDueDate(assessment, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    TasklistUser manager = user("manager").openTasklist().openFilter(OVERDUE);
    // Late, so every Overdue list that may show it does.
    PlaywrightAssertions.assertThat(manager.tasksOf(review.words())).hasCount(1);
    TasklistUser agent = user("agent").openTasklist();

    assertThat(agent.filterNames()).containsExactly(MY_REVIEWS, SUPPORT_QUEUE, OVERDUE);
    for (String filter : agent.filterNames()) {
      agent.openFilter(filter);
      PlaywrightAssertions.assertThat(agent.tasksOf(review.words())).hasCount(0);
    }
    assertThat(tasksTasklistReads(agent, review)).as("the engine's answer to the agent's own Tasklist session").isZero();
    assertThat(tasksTasklistReads(manager, review)).isOne();
    manager.openTasklist().openFilter(REPUTATION_QUEUE);
    PlaywrightAssertions.assertThat(manager.tasksOf(review.words())).hasCount(1);
    screenshot(manager.page(), "0-reputation-queue");
  }

  /** The tasks of the case that Tasklist's own engine API gives this user's logged-in session, with no filter. */
  private int tasksTasklistReads(TasklistUser user, Review review) throws JsonProcessingException {
    APIResponse tasks = user.page().request().get("http://localhost:" + port
        + "/camunda/api/engine/engine/default/task?processInstanceId=" + review.processInstanceId());
    assertThat(tasks.status()).isEqualTo(200);
    return json.readTree(tasks.text()).size();
  }

  private TasklistUser user(String name) {
    return new TasklistUser(browser.pageOf(name), "http://localhost:" + port, name);
  }

  /** The user opens this step of the review's case from a fresh Tasklist, in this filter, and claims it. */
  private static TasklistUser take(TasklistUser user, String filter, String step, Review review) {
    return user.openTasklist().openFilter(filter).openTask(step, review.words()).claim();
  }

  /** Support fills in a refund by email, to be paid in two days, and leaves the proposal to complete. */
  private static TasklistUser proposeRefundByEmail(TasklistUser agent, Review review, String apology, String amount) {
    return take(agent, SUPPORT_QUEUE, "Prepare apology and remedy", review)
        .select("Channel", "Email")
        .fill("Apology", apology)
        .select("Remedy", "Refund")
        .fill("Refund amount (GBP)", amount)
        .fillDate("Refund will be processed on", LocalDate.now(ZoneOffset.UTC).plusDays(2));
  }

  /** Support records that the customer accepted the proposal, and leaves the answer to complete. */
  private static TasklistUser recordAcceptance(TasklistUser agent, Review review, String whatTheySaid) {
    return take(agent, SUPPORT_QUEUE, "Record customer's answer", review)
        .tick("Yes, they accepted").fill("What the customer said", whatTheySaid);
  }

  /** Support implements the accepted remedy and records the customer's satisfaction; the case asks for an update. */
  private void deliverRemedyToSatisfaction(TasklistUser agent, Review review, String howItWasDone) {
    awaitStep(review, TASK_IMPLEMENT_REMEDY);
    take(agent, SUPPORT_QUEUE, "Implement remedy", review).tick("Yes, it is done").fill("How it was done", howItWasDone)
        .complete();
    awaitStep(review, TASK_RECORD_SATISFACTION);
    take(agent, SUPPORT_QUEUE, "Record customer's satisfaction", review).tick("Yes, satisfied").complete();
    awaitStep(review, TASK_FOLLOW_UP_ON_REVIEW);
  }

  /** A one-star Google review by Jane Doe, a customer of the sample records, received through the case API. */
  private Review receive(String text) {
    return receive("Jane Doe", "jane.doe@example.com", text);
  }

  /** A one-star Google review by this reviewer, with the email Google shared or none ({@code null}), received through the case API. */
  private Review receive(String reviewerName, String reviewerEmail, String text) {
    String id = "browser-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>(Map.of(
        "platform", "google", "platformReviewId", id, "rating", 1, "text", text, "reviewerName", reviewerName,
        "reviewUrl", "https://maps.example.com/reviews/" + id,
        "publishedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()));
    if (reviewerEmail != null) {
      body.put("reviewerEmail", reviewerEmail);
    }
    ResponseEntity<JsonNode> created = http.withBasicAuth("feed", "feed").postForEntity("/api/reviews", body, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Review review = new Review(id, created.getBody().get("processInstanceId").asText(), text.substring(0, 20));
    awaitStep(review, TASK_ASSESS_TERMS);
    return review;
  }

  /** Waits until the case, moved on by the job executor, waits at this user task. */
  private void awaitStep(Review review, String taskKey) {
    await("the case waiting at " + taskKey).atMost(ENGINE_DEADLINE).until(() -> taskService.createTaskQuery()
        .processInstanceId(review.processInstanceId()).taskDefinitionKey(taskKey).count() == 1);
  }

  /** Waits until the case API reports the case ended, and returns its outcome. */
  private String outcomeOf(Review review) {
    JsonNode file = await().atMost(ENGINE_DEADLINE).until(() -> caseFile(review),
        caseFile -> "ENDED".equals(caseFile.path("status").asText()));
    return file.path("outcome").asText();
  }

  /** The case file as the case API gives it to support. */
  private JsonNode caseFile(Review review) {
    return http.withBasicAuth("agent", "agent").getForObject("/api/reviews/google/" + review.id(), JsonNode.class);
  }

  /** A review's case; {@code words} are the first words of the review, which its tasks' names quote. */
  private record Review(String id, String processInstanceId, String words) {
  }
}
