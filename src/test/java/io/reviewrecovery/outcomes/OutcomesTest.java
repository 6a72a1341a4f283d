package io.reviewrecovery.outcomes;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.platform.PlatformEvents;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.TermsViolationReason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The outcome figures over a known set of six cases, driven through the process at set times on
 * the engine's clock, in a database of their own: the page, the JSON and the case files agree.
 *
 * <p>Weeks start on Monday {@code M} of last week (all of it in the past):
 * <ul>
 *   <li>F: received M-14d 10:00, cancelled by an operator a day later
 *   <li>A: received M-7d 09:00, email proposal 2 h later, review updated 3 days after receipt
 *   <li>B: received M-6d 09:00, reported to the platform, removed a day after receipt
 *   <li>C: received M 10:00, email proposal 4 h later, refused; public reply 2 days after receipt
 *   <li>D: received M+1d 08:00, phone proposal; the agent records the answer 6 h after receipt;
 *       open at "Implement remedy" (due 3 days later)
 *   <li>E: received M+2d 09:00, open at the terms assessment, due after 24 h: overdue at "now",
 *       M+3d 12:00
 * </ul>
 */
@Tag("postgres")
@ReviewRecoveryTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outcomes-${random.uuid};DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesTest {

  private static final LocalDate M = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(1);

  @Autowired TestRestTemplate http;
  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired PlatformEvents platformEvents;

  private CaseDriver cases;
  private ProcessInstance a;
  private ProcessInstance b;
  private ProcessInstance c;
  private ProcessInstance d;
  private ProcessInstance e;

  @BeforeAll
  void driveTheSixCases() {
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);

    at(-14, 10, 0);
    ProcessInstance f = cases.receiveReviewFromSampleCustomer();
    at(-13, 10, 0);
    runtimeService.deleteProcessInstance(f.getId(), "Operator cancelled a duplicate", true);

    at(-7, 9, 0);
    a = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(a);
    at(-7, 11, 0);
    cases.complete(a, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    cases.complete(a, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    cases.complete(a, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true));
    cases.complete(a, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, true));
    at(-4, 9, 0);
    cases.complete(a, TASK_FOLLOW_UP_ON_REVIEW, FormInput.answer(REVIEW_UPDATED, true));

    at(-6, 9, 0);
    b = cases.receive("Randall Fake", null);
    cases.complete(b, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, true)
        .and(VIOLATION_REASONS, List.of(TermsViolationReason.NOT_A_CUSTOMER))
        .and(VIOLATION_EVIDENCE, "No order under this name or email in the last 180 days."));
    cases.complete(b, TASK_REPORT_TO_PLATFORM, FormInput.with(PLATFORM_REPORT_REFERENCE, "GBP-REPORT-4412"));
    at(-5, 9, 0);
    platformEvents.deliver(b.getBusinessKey(), PlatformEventType.REVIEW_REMOVED);

    at(0, 10, 0);
    c = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(c);
    at(0, 14, 0);
    cases.complete(c, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    at(2, 10, 0);
    cases.complete(c, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    cases.complete(c, TASK_APPROVE_PUBLIC_REPLY,
        FormInput.with(PUBLIC_REPLY_TEXT, cases.variable(c, PUBLIC_REPLY_TEXT)));

    at(1, 8, 0);
    d = cases.receiveReviewFromSampleCustomer();
    noTermsViolation(d);
    at(1, 9, 0);
    cases.complete(d, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.PHONE));
    at(1, 14, 0);
    cases.complete(d, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));

    at(2, 9, 0);
    e = cases.receive("Nobody On Record", null);

    at(3, 12, 0);
  }

  @AfterAll
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void theFiguresSumUpTheCasesFromTheDatabase() {
    ResponseEntity<JsonNode> response = http.withBasicAuth("manager", "manager").getForEntity("/api/outcomes", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode figures = response.getBody();
    assertThat(figures.get("cases")).hasToString(
        "{\"removedByPlatform\":1,\"removedByReviewer\":0,\"reviewUpdated\":1,\"publicReplyPosted\":1,\"open\":2,\"cancelled\":1,\"total\":6}");
    assertThat(figures.get("timeToFirstOutreach")).hasToString("{\"cases\":3,\"median\":\"PT4H\"}");
    assertThat(figures.get("timeToOutcome")).hasToString("{\"cases\":3,\"median\":\"PT48H\"}");
    assertThat(figures.get("overdueNow").asLong()).isEqualTo(1);
    assertThat(figures.get("openByStep")).hasToString("[{\"activityId\":\"Task_AssessTerms\","
        + "\"name\":\"Assess review against platform terms\",\"cases\":1},"
        + "{\"activityId\":\"Task_ImplementRemedy\",\"name\":\"Implement remedy\",\"cases\":1}]");
  }

  @Test
  void theWeeksShowWhereEachWeeksCasesStandAndHowFastTheyWereReached() {
    JsonNode weeks = http.withBasicAuth("agent", "agent").getForObject("/api/outcomes", JsonNode.class).get("weeks");

    assertThat(weeks).hasSize(Outcomes.WEEKS);
    assertThat(weeks.get(0).get("monday").asText()).isEqualTo(M.minusWeeks(Outcomes.WEEKS - 1).toString());
    JsonNode lastWeek = weeks.get(Outcomes.WEEKS - 1);
    JsonNode weekBefore = weeks.get(Outcomes.WEEKS - 2);
    JsonNode twoWeeksBefore = weeks.get(Outcomes.WEEKS - 3);
    assertThat(lastWeek.get("monday").asText()).isEqualTo(M.toString());
    assertThat(lastWeek.get("cases")).hasToString(
        "{\"removedByPlatform\":0,\"removedByReviewer\":0,\"reviewUpdated\":0,\"publicReplyPosted\":1,\"open\":2,\"cancelled\":0,\"total\":3}");
    assertThat(lastWeek.get("timeToFirstOutreach")).as("the median of 4 h and 6 h")
        .hasToString("{\"cases\":2,\"median\":\"PT5H\"}");
    assertThat(weekBefore.get("cases")).hasToString(
        "{\"removedByPlatform\":1,\"removedByReviewer\":0,\"reviewUpdated\":1,\"publicReplyPosted\":0,\"open\":0,\"cancelled\":0,\"total\":2}");
    assertThat(weekBefore.get("timeToFirstOutreach")).hasToString("{\"cases\":1,\"median\":\"PT2H\"}");
    assertThat(twoWeeksBefore.get("cases").get("cancelled").asLong()).isEqualTo(1);
    assertThat(twoWeeksBefore.get("timeToFirstOutreach")).hasToString("{\"cases\":0}");
    assertThat(weeks.get(0).get("cases").get("total").asLong()).isZero();
  }

  @Test
  void eachCaseFileShowsItsOwnTimings() {
    JsonNode replied = caseFile(c);
    assertThat(replied.get("timeToFirstOutreach").asText()).isEqualTo("PT4H");
    assertThat(replied.get("timeToOutcome").asText()).isEqualTo("PT48H");
    assertThat(replied.get("overdue").asBoolean()).isFalse();

    JsonNode updated = caseFile(a);
    assertThat(updated.get("timeToFirstOutreach").asText()).isEqualTo("PT2H");
    assertThat(updated.get("timeToOutcome").asText()).isEqualTo(Duration.ofDays(3).toString());

    JsonNode removed = caseFile(b);
    assertThat(removed.has("timeToFirstOutreach")).as("never reached out").isFalse();
    assertThat(removed.get("timeToOutcome").asText()).isEqualTo("PT24H");

    JsonNode calling = caseFile(d);
    assertThat(calling.get("timeToFirstOutreach").asText()).as("when the agent recorded the call").isEqualTo("PT6H");
    assertThat(calling.has("timeToOutcome")).isFalse();
    assertThat(calling.get("overdue").asBoolean()).isFalse();

    JsonNode late = caseFile(e);
    assertThat(late.has("timeToFirstOutreach")).isFalse();
    assertThat(late.has("timeToOutcome")).isFalse();
    assertThat(late.get("overdue").asBoolean()).as("its assessment was due a day after receipt").isTrue();
  }

  @Test
  void thePageShowsTheSameFiguresWithTextBesideEachBar() {
    ResponseEntity<String> page = http.withBasicAuth("agent", "agent").getForEntity("/outcomes", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody())
        .contains("<dd id=\"cases-total\">6</dd>", "<dd id=\"cases-open\">2</dd>", "<dd id=\"overdue-now\">1</dd>",
            "<dd id=\"median-first-outreach\">4 h</dd>", "<dd id=\"median-outcome\">2 d</dd>")
        .contains("<th scope=\"row\">Public reply posted</th><td>1</td>", "<th scope=\"row\">Cancelled</th><td>1</td>",
            "<th scope=\"row\">Implement remedy</th><td>1</td>")
        .contains("5 h (2 reached)")
        .doesNotContain("<script");
    ResponseEntity<String> stylesheet = http.getForEntity("/outcomes.css", String.class);
    assertThat(stylesheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(stylesheet.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/css"))).isTrue();
  }

  @Test
  void thePageAndItsFiguresAreForTheTeamsAndAdmins() {
    assertThat(http.getForEntity("/outcomes", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> anonymous = http.getForEntity("/api/outcomes", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(http.withBasicAuth("nobody-by-this-name", "nobody").getForEntity("/outcomes", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("feed", "feed").getForEntity("/outcomes", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> integration = http.withBasicAuth("feed", "feed").getForEntity("/api/outcomes", String.class);
    assertThat(integration.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(integration.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(integration.getBody()).contains("User 'feed' may not do this");
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/outcomes", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private JsonNode caseFile(ProcessInstance instance) {
    return http.withBasicAuth("agent", "agent")
        .getForObject("/api/reviews/" + instance.getBusinessKey().replace(':', '/'), JsonNode.class);
  }

  private void noTermsViolation(ProcessInstance instance) {
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
  }

  /** Sets the engine's clock to the given day after Monday {@code M}, at the given time. */
  private static void at(int daysAfterM, int hour, int minute) {
    LocalDateTime time = M.plusDays(daysAfterM).atTime(hour, minute);
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }
}
