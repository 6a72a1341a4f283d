package io.reviewrecovery.monitoring;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_APPROVE_PUBLIC_REPLY;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;
import static io.reviewrecovery.process.ReviewVariables.FINAL_REFUSAL;
import static io.reviewrecovery.process.ReviewVariables.PUBLIC_REPLY_TEXT;
import static io.reviewrecovery.process.ReviewVariables.REMEDY_ACCEPTED;
import static io.reviewrecovery.process.ReviewVariables.TERMS_VIOLATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.ResponseEntity;

/**
 * The metrics as Prometheus scrapes them, after a handful of cases: the counters counted where each
 * event happens, and the case figures read from the database, at most once per
 * {@code figures-max-age} (a second in tests). This context is shared with other tests, so each
 * figure is compared with the scrape before the cases.
 */
@ReviewRecoveryTest
class MetricsTest {

  @Autowired TestRestTemplate http;
  @Autowired ReviewIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired CaseGauges gauges;
  @LocalManagementPort int managementPort;

  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @AfterEach
  void resetTheEnginesClock() {
    ClockUtil.reset();
  }

  @Test
  void aScrapeAfterAHandfulOfCasesCountsWhatHappened() {
    Scrape before = scrape();

    ProcessInstance first = cases.receive("google", "Randall Fake", null);
    cases.receive("google", "Another Stranger", null);
    cases.receive("trustpilot", "Third Stranger", null);
    ProcessInstance replied = caseEndedWithAPublicReply();
    Incident incident = runtimeService.createIncident("metricsTest",
        cases.task(first, TASK_ASSESS_TERMS).getExecutionId(), "a configuration");
    try {
      Scrape after = awaitScrape(scrape -> scrape.value("reviewrecovery_incidents_open")
          == before.value("reviewrecovery_incidents_open") + 1);

      assertThat(after.increase(before, "reviewrecovery_cases_received_total", "platform", "google")).isEqualTo(3);
      assertThat(after.increase(before, "reviewrecovery_cases_received_total", "platform", "trustpilot")).isEqualTo(1);
      assertThat(after.increase(before, "reviewrecovery_cases_received_total", "platform", "yelp")).isZero();
      assertThat(after.increase(before, "reviewrecovery_messages_sent_total", "channel", "email", "kind", "outreach"))
          .isEqualTo(1);
      assertThat(after.increase(before, "reviewrecovery_public_replies_posted_total", "kind", "public_reply")).isEqualTo(1);
      assertThat(after.increase(before, "reviewrecovery_public_replies_refused_total")).isEqualTo(1);
      assertThat(after.increase(before, "reviewrecovery_cases_by_outcome", "outcome", "public_reply_posted")).isEqualTo(1);
      assertThat(after.increase(before, "reviewrecovery_cases_by_outcome", "outcome", "open")).isEqualTo(3);
      assertThat(replied.getBusinessKey()).startsWith("google:");
    } finally {
      runtimeService.resolveIncident(incident.getId());
    }
  }

  @Test
  void lateAndWaitingTasksShowPerTeam() {
    cases.receive("google", "Randall Fake", null);
    Scrape now = awaitScrape(scrape -> scrape.value("reviewrecovery_tasks_overdue", "team", "reputation") >= 0);
    assertThat(now.value("reviewrecovery_tasks_unassigned_oldest_age_seconds", "team", "reputation")).isNotNegative();

    // Two days on: the assessment (due within PT4H) is late, and has waited at least that long.
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));

    Scrape later = awaitScrape(scrape -> scrape.value("reviewrecovery_tasks_overdue", "team", "reputation") >= 1);
    assertThat(later.value("reviewrecovery_tasks_unassigned_oldest_age_seconds", "team", "reputation"))
        .isGreaterThanOrEqualTo(Duration.ofDays(2).toSeconds());
    assertThat(later.value("reviewrecovery_tasks_overdue", "team", "support")).isNotNegative();
  }

  @Test
  void theFiguresAreReadOncePerMaxAge_notOncePerScrape() {
    CaseGauges.Figures first = gauges.current();
    assertThat(gauges.current()).as("a second scrape at once reads nothing").isSameAs(first);
    await().atMost(Duration.ofSeconds(5)).until(() -> gauges.current() != first);
  }

  /** A case of the sample customer whose public reply was refused by the guard once, then posted. */
  private ProcessInstance caseEndedWithAPublicReply() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, false).and(FINAL_REFUSAL, true));
    String approval = cases.task(instance, TASK_APPROVE_PUBLIC_REPLY).getId();
    assertThatThrownBy(() -> formService.submitTaskForm(approval,
        FormInput.with(PUBLIC_REPLY_TEXT, "Sorry Jane, we refunded your £25.").asMap()))
        .isInstanceOf(FormFieldValidationException.class);
    cases.complete(instance, TASK_APPROVE_PUBLIC_REPLY,
        FormInput.with(PUBLIC_REPLY_TEXT, cases.variable(instance, PUBLIC_REPLY_TEXT)));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    return instance;
  }

  private Scrape awaitScrape(java.util.function.Predicate<Scrape> condition) {
    return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(this::scrape, condition);
  }

  private Scrape scrape() {
    ResponseEntity<String> response = http.withBasicAuth("monitoring", "monitoring")
        .getForEntity("http://localhost:" + managementPort + "/actuator/prometheus", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return new Scrape(response.getBody());
  }

  /** The samples of one scrape in Prometheus's text format, by name and labels. */
  record Scrape(String text) {

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** The sample of this name whose labels include these (name, value, name, value...); 0 if there is none. */
    double value(String name, String... labels) {
      return text.lines().filter(line -> !line.startsWith("#"))
          .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
          .filter(line -> hasLabels(line, labels))
          .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
          .findFirst().orElse(0);
    }

    double increase(Scrape before, String name, String... labels) {
      return value(name, labels) - before.value(name, labels);
    }

    private static boolean hasLabels(String line, String... labels) {
      Map<String, String> present = new HashMap<>();
      int end = line.lastIndexOf('}');
      if (end > 0) {
        Matcher label = LABEL.matcher(line.substring(0, end));
        while (label.find()) {
          present.put(label.group(1), label.group(2));
        }
      }
      for (int i = 0; i < labels.length; i += 2) {
        if (!labels[i + 1].equals(present.get(labels[i]))) {
          return false;
        }
      }
      return true;
    }
  }
}
