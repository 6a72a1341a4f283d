package io.reviewrecovery.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.compliance.InvitationGuard;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.EmailIntegrationTest;
import io.reviewrecovery.responses.ResponseLinks;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review invitations over real SMTP: who gets one (every customer with a recent completed
 * purchase and an email address, whatever their experience), who does not, and the unsubscribe
 * link over HTTP, as a customer's browser opens it.
 */
@Tag("postgres")
class ReviewInvitationsTest extends EmailIntegrationTest {

  private static final AtomicLong IDS = new AtomicLong(10_000);
  private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^/\\s]+(/unsubscribe/\\S+)");
  private static final String REVIEW_URL = "https://search.google.com/local/writereview?placeid=ChIJ-harbour-street-bakery";

  @Autowired ReviewInvitations invitations;
  @Autowired InvitationGuard guard;
  @Autowired ReviewIntake intake;
  @Autowired ReviewCases reviewCases;
  @Autowired RuntimeService runtimeService;
  @Autowired ResponseLinks responseLinks;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @Test
  void everyCustomerWithARecentCompletedPurchaseGetsOneNeutralInvitation_happyOrNot() throws Exception {
    Customer happy = customer(email(), 3);
    Customer complaining = customer(email(), 5);
    String reviewId = "r" + UUID.randomUUID().toString().replace("-", "");
    intake.receive(new NewReview("google", reviewId, 1, "The cake arrived late and the icing had melted.", complaining.name(),
        complaining.email(), complaining.orderReference(), null, Instant.now()));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("google:" + reviewId).active().count())
        .as("an open case about a negative review").isOne();
    Customer noEmail = customer(null, 2);
    Customer longAgo = customer(email(), 45);
    Customer boughtToday = customer(email(), 0);
    Customer sameAddressAsHappy = customer(happy.email().toUpperCase(), 4);

    invitations.inviteAll();

    assertThat(invitationsTo(happy.email())).hasSize(1);
    assertThat(invitationsTo(complaining.email())).as("invited like everyone, though unhappy").hasSize(1);
    assertThat(invitationsTo(longAgo.email())).as("no purchase within the lookback").isEmpty();
    assertThat(invitationsTo(boughtToday.email())).as("today's purchase is not completed yet").isEmpty();
    assertThat(sentTo(noEmail, sameAddressAsHappy)).as("no address; an address already invited").isZero();
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(ReviewInvitationsTest::recipient).map(String::toLowerCase))
        .as("nobody twice").doesNotHaveDuplicates();

    MimeMessage mail = invitationsTo(complaining.email()).get(0);
    assertThat(mail.getMessageID()).isEqualTo("<customer.%d.REVIEW_INVITATION.%s@harbourstreetbakery.example>"
        .formatted(complaining.id(), today.format(DateTimeFormatter.BASIC_ISO_DATE)));
    assertThat(mail.getSubject()).isEqualTo("Would you tell others about your experience with Harbour Street Bakery?");
    assertThat(mail.getHeader("List-Unsubscribe")).singleElement().asString().startsWith("<http://localhost:8080/unsubscribe/");
    assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    String text = part(mail, "text/plain");
    assertThat(text).contains("Dear " + complaining.name() + ",", "We invite every customer", "whatever it was",
            "Write your review on Google: " + REVIEW_URL, "To receive no more invitations like this one: http://localhost:8080/unsubscribe/")
        .doesNotContainIgnoringCase("happy").doesNotContainIgnoringCase("satisf").doesNotContainIgnoringCase("star");
    assertThat(guard.check(mail.getSubject() + "\n\n" + text)).as("no incentive, no gating, no pressure").isEmpty();
    assertThat(part(mail, "text/html")).contains("<html lang=\"en\">", "href=\"" + REVIEW_URL.replace("&", "&amp;") + "\"",
        ">Write your review on Google</a>", "href=\"http://localhost:8080/unsubscribe/");
    assertThat(jdbc.queryForObject("select kind || ' ' || channel || ' ' || recipient from communication where business_key = ?",
        String.class, "customer:" + complaining.id())).isEqualTo("REVIEW_INVITATION EMAIL " + complaining.email());
  }

  @Test
  void aCustomerIsInvitedAtMostOncePerPeriod_andARepeatedRunSendsNothingNew() throws Exception {
    Customer invitedLately = customer(email(), 2);
    invitedBefore(invitedLately, Instant.now().minus(10, ChronoUnit.DAYS));
    Customer invitedLongAgo = customer(email(), 2);
    invitedBefore(invitedLongAgo, Instant.now().minus(200, ChronoUnit.DAYS));

    invitations.inviteAll();
    int received = SMTP.getReceivedMessages().length;
    assertThat(invitations.inviteAll()).isZero();

    assertThat(SMTP.getReceivedMessages()).hasSize(received);
    assertThat(invitationsTo(invitedLately.email())).as("invited 10 days ago, the period is 180").isEmpty();
    assertThat(invitationsTo(invitedLongAgo.email())).singleElement().satisfies(mail -> assertThat(mail.getMessageID())
        .isEqualTo("<customer.%d.REVIEW_INVITATION.%s@harbourstreetbakery.example>".formatted(invitedLongAgo.id(),
            today.format(DateTimeFormatter.BASIC_ISO_DATE))));
  }

  @Test
  void anInvitationAfterOldOnesWereRemovedHasAKeyOfItsOwn() throws Exception {
    Customer customer = customer(email(), 2);
    // What retention leaves of a customer invited every period: the newer invitations, keyed by
    // their numbers as an earlier version counted them (the first one is gone).
    invitedBefore(customer, "2", Instant.now().minus(362, ChronoUnit.DAYS));
    invitedBefore(customer, "3", Instant.now().minus(181, ChronoUnit.DAYS));

    invitations.inviteAll();

    assertThat(invitationsTo(customer.email())).as("due again, and not taken for an invitation already sent").hasSize(1);
  }

  @Test
  void twoNodesRunningTheJobAtOnceSendEachInvitationOnce() throws Exception {
    List<Customer> customers = List.of(customer(email(), 1), customer(email(), 2), customer(email(), 3));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream().map(node -> CompletableFuture.supplyAsync(() -> {
      try {
        start.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return invitations.inviteAll();
    })).toList();
    start.countDown();
    CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get();

    for (Customer customer : customers) {
      assertThat(invitationsTo(customer.email())).hasSize(1);
    }
  }

  @Test
  void theUnsubscribeLinkIsHonouredForever_andATamperedOneIsRefused() throws Exception {
    Customer customer = customer(email(), 2);
    invitations.inviteAll();
    String unsubscribe = unsubscribePath(invitationsTo(customer.email()).get(0));

    String changedSignature = unsubscribe.substring(0, unsubscribe.length() - 3)
        + (unsubscribe.charAt(unsubscribe.length() - 3) == 'A' ? 'B' : 'A') + unsubscribe.substring(unsubscribe.length() - 2);
    String responseToken = responseLinks.forMessage("google:r1", CommunicationKind.OUTREACH, 1).get(0).url();
    for (String refused : List.of(changedSignature, "/unsubscribe/" + responseToken.substring(responseToken.lastIndexOf('/') + 1),
        "/unsubscribe/not-a-token")) {
      ResponseEntity<String> page = http.getForEntity(refused, String.class);
      assertThat(page.getStatusCode()).as(refused).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(page.getBody()).contains("This link does not work");
    }
    assertThat(optedOut(customer)).isZero();

    ResponseEntity<String> opened = http.getForEntity(unsubscribe, String.class);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(opened.getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(opened.getBody()).contains("<form method=\"post\" action=\"" + unsubscribe + "\">", ">Unsubscribe</button>")
        .doesNotContain(customer.name());
    assertThat(optedOut(customer)).as("opening the link, as a mail scanner does, changes nothing").isZero();

    ResponseEntity<String> done = http.postForEntity(unsubscribe, null, String.class);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).contains("<h1>You are unsubscribed</h1>", "Harbour Street Bakery").doesNotContain(customer.name());
    assertThat(http.postForEntity(unsubscribe, null, String.class).getStatusCode()).as("and again").isEqualTo(HttpStatus.OK);
    assertThat(optedOut(customer)).isOne();

    // long after, the customer buys again, also under a new customer record with the same address
    jdbc.update("update communication set sent_at = ? where business_key = ?", Timestamp.from(Instant.now().minus(400,
        ChronoUnit.DAYS)), "customer:" + customer.id());
    purchase(customer.id(), 1);
    customer(customer.email(), 1);
    SMTP.purgeEmailFromAllMailboxes();
    invitations.inviteAll();

    assertThat(invitationsTo(customer.email())).isEmpty();
  }

  private record Customer(long id, String name, String email, String orderReference) {
  }

  /** A customer who bought something {@code daysAgo}. */
  private Customer customer(String email, int daysAgo) {
    long id = IDS.incrementAndGet();
    String name = "Customer " + id;
    jdbc.update("insert into customer (id, full_name, email) values (?, ?, ?)", id, name, email);
    return new Customer(id, name, email, purchase(id, daysAgo));
  }

  private String purchase(long customerId, int daysAgo) {
    long id = IDS.incrementAndGet();
    String orderReference = "INV-" + id;
    jdbc.update("""
        insert into customer_transaction (id, customer_id, order_reference, purchased_on, description, amount)
        values (?, ?, ?, ?, 'Sourdough loaf', 4.50)
        """, id, customerId, orderReference, Date.valueOf(today.minusDays(daysAgo)));
    return orderReference;
  }

  private void invitedBefore(Customer customer, Instant sentAt) {
    invitedBefore(customer, DateTimeFormatter.BASIC_ISO_DATE.format(sentAt.atZone(ZoneOffset.UTC)), sentAt);
  }

  private void invitedBefore(Customer customer, String keySuffix, Instant sentAt) {
    jdbc.update("""
        insert into communication (idempotency_key, business_key, kind, channel, recipient, subject, body, sent_at)
        values (?, ?, 'REVIEW_INVITATION', 'EMAIL', ?, 'An invitation', 'An invitation', ?)
        """, "customer:%d:REVIEW_INVITATION:%s".formatted(customer.id(), keySuffix), "customer:" + customer.id(),
        customer.email(), Timestamp.from(sentAt));
  }

  private int optedOut(Customer customer) {
    return jdbc.queryForObject("select count(*) from invitation_opt_out where customer_id = ?", Integer.class, customer.id());
  }

  private static String email() {
    return "customer-" + UUID.randomUUID() + "@example.com";
  }

  private static List<MimeMessage> invitationsTo(String email) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> recipient(mail).equalsIgnoreCase(email)).toList();
  }

  /** Invitations in the communication log of these customers. */
  private long sentTo(Customer... customers) {
    return Arrays.stream(customers).mapToLong(customer -> jdbc.queryForObject(
        "select count(*) from communication where business_key = ?", Long.class, "customer:" + customer.id())).sum();
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (Exception unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String unsubscribePath(MimeMessage mail) throws Exception {
    Matcher link = UNSUBSCRIBE.matcher(part(mail, "text/plain"));
    assertThat(link.find()).isTrue();
    return link.group(1);
  }
}
