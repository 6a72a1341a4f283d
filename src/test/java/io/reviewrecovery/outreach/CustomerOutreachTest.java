package io.reviewrecovery.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.compliance.OutreachGuard;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.messaging.CustomerMessage;
import io.reviewrecovery.messaging.CustomerMessenger;
import io.reviewrecovery.platform.PlatformDirectMessages;
import io.reviewrecovery.responses.ResponseLinks;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Proposal;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.Reviewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Private messages go out at most once, only when the transaction that sends them commits, and a
 * proposal only when it still passes the checks it passed when the agent prepared it.
 *
 * <p>The outreach runs on the application's own beans and database; only the messenger is a
 * recording test double, passed to the constructor, so that the deliveries can be counted
 * without a second Spring context (a {@code @MockitoBean} would start one).
 */
@ReviewRecoveryTest
@Tag("postgres")
class CustomerOutreachTest {

  private static final long CUSTOMER_ID = 3001;
  private static final String EMAIL_ON_RECORD = "rosalind.pemberton@example.test";
  private static final long PHONE_ONLY_CUSTOMER_ID = 3002;
  private static final String APOLOGY =
      "We are so sorry that your daughter's birthday cake arrived squashed and two hours late.";

  @Autowired
  CustomerMessages messages;
  @Autowired
  CustomerContacts contacts;
  @Autowired
  CommunicationLog communicationLog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformDirectMessages directMessages;
  @Autowired
  ResponseLinks responseLinks;
  @Autowired
  OutreachGuard guard;

  private final RecordingMessenger messenger = new RecordingMessenger();
  private CustomerOutreach outreach;
  private Reviewer reviewer;

  @BeforeEach
  void aVerifiedReviewerWithAnEmailOnRecord() {
    jdbc.update("insert into customer (id, full_name, email, phone) values (?, ?, ?, ?)",
        CUSTOMER_ID, "Rosalind Pemberton", EMAIL_ON_RECORD, null);
    String reviewId = "outreach-" + UUID.randomUUID();
    reviewer = new Reviewer("google:" + reviewId, "google", reviewId, "Rosalind Pemberton",
        "roz.p@platform-mail.example", CUSTOMER_ID);
    outreach = new CustomerOutreach(messages, contacts, messenger, communicationLog, responseLinks, directMessages, guard);
  }

  @AfterEach
  void removeOwnCustomer() {
    jdbc.update("delete from customer where id in (?, ?)", CUSTOMER_ID, PHONE_ONLY_CUSTOMER_ID);
  }

  @Test
  void afterAPhoneProposalToACustomerWithNoWrittenChannel_theAgentAsksByPhone_andNothingIsSent() {
    jdbc.update("insert into customer (id, full_name, email, phone) values (?, 'Ned Ashby', null, '+44 20 7946 0555')",
        PHONE_ONLY_CUSTOMER_ID);
    Reviewer phoneOnly = new Reviewer(reviewer.businessKey(), "google", reviewer.platformReviewId(), "Ned Ashby", null,
        PHONE_ONLY_CUSTOMER_ID);
    CustomerOutreach withoutPlatformMessages = new CustomerOutreach(messages, contacts, messenger, communicationLog,
        responseLinks, new PlatformDirectMessages(List.of()), guard);
    Proposal byPhone = new Proposal(1, Channel.PHONE, APOLOGY, RemedyType.REPLACEMENT, null, null, null);

    withoutPlatformMessages.askSatisfaction(phoneOnly, byPhone);
    withoutPlatformMessages.askSatisfaction(phoneOnly, byPhone);

    assertThat(messenger.delivered).as("nothing is sent").isEmpty();
    assertThat(communicationLog.forCase(phoneOnly.businessKey())).singleElement().satisfies(entry -> {
      assertThat(entry.channel()).isEqualTo(Channel.PHONE);
      assertThat(entry.recipient()).isEqualTo("+44 20 7946 0555");
      assertThat(entry.body()).contains("Are you satisfied").doesNotContain("/respond/");
    });
  }

  @Test
  void theSameProposalSentTwiceIsLoggedAndDeliveredOnce() {
    Proposal proposal = refund(1);

    outreach.sendProposal(reviewer, proposal);
    outreach.sendProposal(reviewer, proposal);

    assertThat(messenger.delivered).hasSize(1);
    assertThat(messenger.delivered.get(0).idempotencyKey()).isEqualTo(reviewer.businessKey() + ":OUTREACH:1");
    assertThat(rowsOfCase()).isEqualTo(1);
    Communication entry = communicationLog.forCase(reviewer.businessKey()).get(0);
    assertThat(entry.idempotencyKey()).isEqualTo(reviewer.businessKey() + ":OUTREACH:1");
    assertThat(entry.kind()).isEqualTo(CommunicationKind.OUTREACH);
    assertThat(entry.channel()).isEqualTo(Channel.EMAIL);
    assertThat(entry.recipient()).as("the email the reviewer shared through the platform comes first")
        .isEqualTo("roz.p@platform-mail.example");
    assertThat(entry.subject()).isEqualTo("We are sorry, and we would like to make it right");
    assertThat(entry.body()).contains("Dear Rosalind Pemberton", APOLOGY, "£42.50", "1 December 2026");
    assertThat(messenger.delivered.get(0).body()).isEqualTo(entry.body());
  }

  @Test
  void aNewProposalIsANewMessage() {
    outreach.sendProposal(reviewer, refund(1));
    outreach.sendProposal(reviewer, refund(2));

    assertThat(messenger.delivered).extracting(CustomerMessage::idempotencyKey)
        .containsExactly(reviewer.businessKey() + ":OUTREACH:1", reviewer.businessKey() + ":OUTREACH:2");
    assertThat(rowsOfCase()).isEqualTo(2);
  }

  @Test
  void aDeliveryThatFailsInsideTheTransactionLeavesNoEntrySoARetrySends() {
    CustomerOutreach failing = new CustomerOutreach(messages, contacts, message -> {
      throw new IllegalStateException("mail server unavailable");
    }, communicationLog, responseLinks, directMessages, guard);

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> failing.sendProposal(reviewer, refund(1))))
        .hasMessage("mail server unavailable");
    assertThat(rowsOfCase()).isZero();

    transaction.executeWithoutResult(status -> outreach.sendProposal(reviewer, refund(1)));

    assertThat(messenger.delivered).hasSize(1);
    assertThat(rowsOfCase()).isEqualTo(1);
  }

  @Test
  void aProposalChangedToOfferSomethingForRemovingTheReviewIsNotSent_andTheJobIsNotRetried() {
    Proposal changed = new Proposal(1, Channel.EMAIL, APOLOGY + " We will add a £20 voucher once you remove your review.",
        RemedyType.REFUND, null, new BigDecimal("42.50"), LocalDate.of(2026, 12, 1));

    assertThatThrownBy(() -> outreach.sendProposal(reviewer, changed))
        .isInstanceOfSatisfying(JobFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(JobFailure.Kind.REFUSED))
        .hasMessageContaining("Proposal 1 of case " + reviewer.businessKey() + " was not sent")
        .hasMessageContaining("Apology: \"We will add a £20 voucher once you remove your review.\" offers something "
            + "for changing or removing the review")
        .hasMessageNotContaining("squashed")
        .hasMessageContaining("Not retried");

    assertThat(messenger.delivered).isEmpty();
    assertThat(rowsOfCase()).isZero();
  }

  @Test
  void remedyDetailsChangedToMakeTheRemedyDependOnTheReviewAreNotSent() {
    Proposal changed = new Proposal(1, Channel.EMAIL, APOLOGY, RemedyType.REPLACEMENT,
        "A new cake on Saturday, as long as you update your rating.", null, null);

    assertThatThrownBy(() -> outreach.sendProposal(reviewer, changed)).isInstanceOf(JobFailure.class)
        .hasMessageContaining("Remedy details: \"A new cake on Saturday, as long as you update your rating.\"");

    assertThat(messenger.delivered).isEmpty();
    assertThat(rowsOfCase()).isZero();
  }

  private static Proposal refund(int number) {
    return new Proposal(number, Channel.EMAIL, APOLOGY, RemedyType.REFUND, null, new BigDecimal("42.50"),
        LocalDate.of(2026, 12, 1));
  }

  private long rowsOfCase() {
    return jdbc.queryForObject("select count(*) from communication where business_key = ?", Long.class,
        reviewer.businessKey());
  }

  /** Keeps what it was asked to deliver. */
  static class RecordingMessenger implements CustomerMessenger {

    final List<CustomerMessage> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(CustomerMessage message) {
      delivered.add(message);
    }
  }
}
