package io.reviewrecovery.responses;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.process.CaseDriver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The links in customer messages, over real HTTP and without credentials, as a customer's browser
 * (or a mail scanner) opens them. The links are taken from the messages the case sent (kept in the
 * local outbox).
 */
@ReviewRecoveryTest
class CustomerResponseLinksTest {

  private static final Pattern LINK = Pattern.compile("^([^:\\n]+): https?://[^/]+(/respond/\\S+)$", Pattern.MULTILINE);

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired ReviewIntake intake;
  @Autowired CommunicationLog communicationLog;
  @Autowired ResponseLinkProperties linkSettings;
  @Autowired LinkSignatures linkSignatures;
  @Autowired JdbcTemplate jdbc;

  CaseDriver cases;
  ProcessInstance instance;

  @BeforeEach
  void aCaseWaitingForTheCustomersAnswerToAnEmailedRefund() {
    init(processEngine);
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
    instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, Map.of("termsViolated", "false"));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal("EMAIL"));
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
  }

  @Test
  void openingALinkShowsAnAccessibleConfirmationPage_andChangesNothing() {
    ResponseEntity<String> page = http.getForEntity(link(CommunicationKind.OUTREACH, "I accept"), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
    assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.getBody()).contains("<html lang=\"en\">", "<h1>Accept our offer?</h1>", "<form method=\"post\"",
            "<button type=\"submit\" aria-describedby=\"what-happens\">I accept</button>", "Harbour Street Bakery")
        .doesNotContain("<script", "Jane", "£");
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(usesRecorded()).isZero();
  }

  @Test
  void confirmingIAcceptCompletesTheTaskAsStaffWould_andTheLinksOfThatMessageCannotBeUsedAgain() {
    String accept = link(CommunicationKind.OUTREACH, "I accept");
    String taskId = cases.task(instance, TASK_RECORD_CUSTOMER_ANSWER).getId();

    ResponseEntity<String> thanks = http.postForEntity(accept, null, String.class);

    assertThat(thanks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(thanks.getBody()).contains("<h1>Thank you</h1>", "will now arrange what we offered");
    assertThat(instance).hasPassed(TASK_RECORD_CUSTOMER_ANSWER).isWaitingAt(TASK_IMPLEMENT_REMEDY);
    assertThat(instance).variables().containsEntry("remedyAccepted", true);
    assertThat(taskService.getTaskComments(taskId)).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).isEqualTo(CustomerResponses.ANSWERED_BY_CUSTOMER + "I accept"));

    assertRefused(accept, HttpStatus.GONE, "You have already answered");
    assertRefused(link(CommunicationKind.OUTREACH, "No thanks"), HttpStatus.GONE, "You have already answered");
    assertThat(instance).isWaitingAt(TASK_IMPLEMENT_REMEDY);
    assertThat(usesRecorded()).isOne();
  }

  @Test
  void aLinkWithATamperedSignatureOrAnswerIsRefused() {
    String accept = link(CommunicationKind.OUTREACH, "I accept");
    String decline = link(CommunicationKind.OUTREACH, "No thanks");
    String acceptPayloadWithDeclineSignature = accept.substring(0, accept.indexOf('.')) + decline.substring(decline.indexOf('.'));
    // A character inside the signature (the last one of base64url text may carry only padding bits).
    int inSignature = accept.indexOf('.') + 5;
    String signatureCharacterChanged = accept.substring(0, inSignature) + (accept.charAt(inSignature) == 'A' ? 'B' : 'A')
        + accept.substring(inSignature + 1);

    assertRefused(acceptPayloadWithDeclineSignature, HttpStatus.BAD_REQUEST, "This link does not work");
    assertRefused(signatureCharacterChanged, HttpStatus.BAD_REQUEST, "This link does not work");
    assertRefused("/respond/not-a-token", HttpStatus.BAD_REQUEST, "This link does not work");
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(usesRecorded()).isZero();
  }

  /**
   * In {@code local} the link secret is public, so anyone can sign a token: a signed payload that
   * {@link ResponseLinks} would never write is refused as not working, where it was a 500.
   */
  @Test
  void aValidlySignedTokenWithAMalformedPayloadIsRefused_andChangesNothing() {
    String businessKey = instance.getBusinessKey();
    long inAWeek = Instant.now().plus(Duration.ofDays(7)).getEpochSecond();
    List<String> payloads = List.of(
        businessKey + "|SEND_ME_MONEY|1|" + inAWeek,
        businessKey + "|accept_remedy|1|" + inAWeek,
        businessKey + "|ACCEPT_REMEDY|one|" + inAWeek,
        businessKey + "|ACCEPT_REMEDY|99999999999|" + inAWeek,
        businessKey + "|ACCEPT_REMEDY||" + inAWeek,
        businessKey + "|ACCEPT_REMEDY|1|next-week",
        businessKey + "|ACCEPT_REMEDY|1|9223372036854775807",
        businessKey + "|ACCEPT_REMEDY|1|-9223372036854775808",
        businessKey + "|ACCEPT_REMEDY|1|99999999999999999999",
        businessKey + "\u0000|ACCEPT_REMEDY|1|" + inAWeek,
        "|ACCEPT_REMEDY|1|" + inAWeek,
        businessKey + "|ACCEPT_REMEDY|1",
        businessKey + "|ACCEPT_REMEDY|1|" + inAWeek + "|extra");

    for (String payload : payloads) {
      assertRefused(ResponseLinks.PATH + linkSignatures.token(payload), HttpStatus.BAD_REQUEST, "This link does not work");
    }
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(usesRecorded()).isZero();
  }

  @Test
  void anExpiredLinkIsRefused() {
    Clock sentFifteenDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(15)), ZoneOffset.UTC);
    ResponseLinks linksSentBefore = new ResponseLinks(linkSettings, linkSignatures, sentFifteenDaysAgo);
    String expired = path(linksSentBefore.forMessage(instance.getBusinessKey(), CommunicationKind.OUTREACH, 1).get(0).url());

    assertRefused(expired, HttpStatus.GONE, "This link has expired");
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
  }

  @Test
  void aLinkToATaskStaffAlreadyCompletedIsRefused() {
    String decline = link(CommunicationKind.OUTREACH, "No thanks");
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, Map.of("remedyAccepted", "true"));

    assertRefused(decline, HttpStatus.GONE, "This question is already settled");
    assertThat(instance).isWaitingAt(TASK_IMPLEMENT_REMEDY);
    assertThat(instance).variables().containsEntry("remedyAccepted", true);
    assertThat(usesRecorded()).isZero();
  }

  @Test
  void notYetLeadsToANewProposal_whoseTaskTheLinksOfTheFirstCannotAnswer() {
    String acceptFirstProposal = link(CommunicationKind.OUTREACH, "I accept");
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, Map.of("remedyAccepted", "true"));
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, Map.of("remedyImplemented", true));

    ResponseEntity<String> notYet = http.postForEntity(link(CommunicationKind.SATISFACTION_CHECK, "Not yet"), null, String.class);

    assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instance).isWaitingAt(TASK_PREPARE_OUTREACH);
    assertThat(instance).variables().containsEntry("customerSatisfied", false);
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal("EMAIL"));
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(link(CommunicationKind.OUTREACH, "I accept")).as("the second proposal's link").isNotEqualTo(acceptFirstProposal);
    assertRefused(acceptFirstProposal, HttpStatus.GONE, "This question is already settled");
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
  }

  @Test
  void satisfiedAndNoThanksToTheUpdateRequestLeadToThePublicReply_withoutAnyFurtherRequest() {
    http.postForEntity(link(CommunicationKind.OUTREACH, "I accept"), null, String.class);
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, Map.of("remedyImplemented", true));
    http.postForEntity(link(CommunicationKind.SATISFACTION_CHECK, "Yes, all good"), null, String.class);
    cases.runAsyncJobs(instance.getId());
    assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_ON_REVIEW);
    assertThat(linksIn(CommunicationKind.UPDATE_REQUEST)).as("the update request only lets the customer say no")
        .containsOnlyKeys("No thanks");

    ResponseEntity<String> noThanks = http.postForEntity(link(CommunicationKind.UPDATE_REQUEST, "No thanks"), null, String.class);

    assertThat(noThanks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(noThanks.getBody()).contains("will not ask again");
    assertThat(instance).isWaitingAt(TASK_APPROVE_PUBLIC_REPLY);
    assertThat(instance).variables().containsEntry("reviewUpdated", false);
    assertThat(communicationLog.forCase(instance.getBusinessKey())).extracting(Communication::kind).containsExactly(
        CommunicationKind.OUTREACH, CommunicationKind.SATISFACTION_CHECK, CommunicationKind.UPDATE_REQUEST);
  }

  private void assertRefused(String path, HttpStatus status, String heading) {
    ResponseEntity<String> opened = http.getForEntity(path, String.class);
    ResponseEntity<String> confirmed = http.postForEntity(path, null, String.class);
    assertThat(opened.getStatusCode()).isEqualTo(status);
    assertThat(confirmed.getStatusCode()).isEqualTo(status);
    assertThat(opened.getBody()).contains("<h1>" + heading + "</h1>").doesNotContain("<form");
    assertThat(confirmed.getBody()).contains("<h1>" + heading + "</h1>");
  }

  /** The path of the link with this label in the case's latest message of this kind. */
  private String link(CommunicationKind kind, String label) {
    String path = linksIn(kind).get(label);
    assertThat(path).as("link '%s' in the %s", label, kind).isNotNull();
    return path;
  }

  private Map<String, String> linksIn(CommunicationKind kind) {
    Communication message = communicationLog.forCase(instance.getBusinessKey()).stream()
        .filter(sent -> sent.kind() == kind).reduce((first, second) -> second).orElseThrow();
    Map<String, String> links = new java.util.LinkedHashMap<>();
    Matcher matcher = LINK.matcher(message.body());
    while (matcher.find()) {
      links.put(matcher.group(1), matcher.group(2));
    }
    return links;
  }

  private static String path(String url) {
    return url.substring(url.indexOf("/respond/"));
  }

  private long usesRecorded() {
    return jdbc.queryForObject("select count(*) from customer_response where business_key = ?", Long.class,
        instance.getBusinessKey());
  }
}
