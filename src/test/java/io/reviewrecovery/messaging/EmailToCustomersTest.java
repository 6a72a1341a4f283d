package io.reviewrecovery.messaging;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.CaseDriver;
import io.reviewrecovery.process.FormInput;
import io.reviewrecovery.review.Channel;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customer messages of a case over real SMTP, each email once. */
class EmailToCustomersTest extends EmailIntegrationTest {

  private static final String APOLOGY = "We are sorry that your lemon cake arrived two hours late and the icing had melted.";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired ReviewIntake intake;

  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(processEngine);
    cases = new CaseDriver(intake, runtimeService, taskService, formService, managementService);
  }

  @Test
  void theProposalArrivesAsOneEmailWithTextAndHtml_andARetryOfTheStepSendsNothingNew() throws Exception {
    ProcessInstance instance = proposedByEmail();

    MimeMessage mail = singleEmail();
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("jane.doe@example.com");
    assertThat(mail.getFrom()).containsExactly(new InternetAddress("care@harbourstreetbakery.example"));
    assertThat(mail.getReplyTo()).containsExactly(new InternetAddress("care@harbourstreetbakery.example"));
    assertThat(mail.getSubject()).isEqualTo("We are sorry, and we would like to make it right");
    assertThat(mail.getMessageID()).isEqualTo("<%s.OUTREACH.1@harbourstreetbakery.example>"
        .formatted(instance.getBusinessKey().replace(':', '.')));
    assertThat(mail.getHeader("List-Unsubscribe")).as("a case's messages are not a mailing").isNull();
    String refundDate = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneOffset.UTC).plusDays(2));
    assertThat(part(mail, "text/plain")).contains("Dear Jane Doe,", APOLOGY, "£25.00", refundDate,
        "I accept: http://localhost:8080/respond/", "No thanks: http://localhost:8080/respond/");
    assertThat(part(mail, "text/html")).contains("<html lang=\"en\">", APOLOGY, "£25.00", refundDate,
        "href=\"http://localhost:8080/respond/", ">I accept</a>", ">No thanks</a>");

    runtimeService.createProcessInstanceModification(instance.getId())
        .cancelAllForActivity(TASK_RECORD_CUSTOMER_ANSWER)
        .startBeforeActivity(TASK_SEND_PRIVATE_OUTREACH)
        .execute();
    cases.runAsyncJobs(instance.getId());

    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    assertThat(SMTP.getReceivedMessages()).as("the step ran again, the email was not sent again").hasSize(1);
  }

  @Test
  void eachLaterMessageIsAnEmailOfItsOwn_andTheUpdateRequestOnlyLetsTheCustomerSayNo() throws Exception {
    ProcessInstance instance = proposedByEmail();
    cases.complete(instance, TASK_RECORD_CUSTOMER_ANSWER, FormInput.answer(REMEDY_ACCEPTED, true));
    cases.complete(instance, TASK_IMPLEMENT_REMEDY, FormInput.with(REMEDY_IMPLEMENTED, true));
    cases.complete(instance, TASK_RECORD_SATISFACTION, FormInput.answer(CUSTOMER_SATISFIED, true));
    assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_ON_REVIEW);

    List<MimeMessage> received = Arrays.asList(SMTP.getReceivedMessages());
    String messageIdPrefix = "<" + instance.getBusinessKey().replace(':', '.');
    assertThat(received).extracting(MimeMessage::getMessageID).containsExactly(
        messageIdPrefix + ".OUTREACH.1@harbourstreetbakery.example>",
        messageIdPrefix + ".SATISFACTION_CHECK.1@harbourstreetbakery.example>",
        messageIdPrefix + ".UPDATE_REQUEST.1@harbourstreetbakery.example>");
    assertThat(part(received.get(1), "text/plain")).contains("your refund of £25.00 has been processed",
        "Yes, all good: http://localhost:8080/respond/", "Not yet: http://localhost:8080/respond/");
    String updateRequest = part(received.get(2), "text/plain");
    assertThat(updateRequest).contains("you are welcome to update it", "No thanks: http://localhost:8080/respond/")
        .doesNotContain("I accept", "Yes, all good").doesNotContainIgnoringCase("remove");
  }

  private ProcessInstance proposedByEmail() {
    ProcessInstance instance = cases.receiveReviewFromSampleCustomer();
    cases.complete(instance, TASK_ASSESS_TERMS, FormInput.answer(TERMS_VIOLATED, false));
    cases.complete(instance, TASK_PREPARE_OUTREACH, CaseDriver.refundProposal(Channel.EMAIL));
    assertThat(instance).isWaitingAt(TASK_RECORD_CUSTOMER_ANSWER);
    return instance;
  }

  private static MimeMessage singleEmail() {
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }
}
