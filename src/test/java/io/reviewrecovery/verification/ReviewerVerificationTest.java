package io.reviewrecovery.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cross-referencing reviewers with the real transaction records in the database. Each test
 * inserts its own customers (ids 1000–1999) with names, emails and order references the sample
 * data does not use, and removes them afterwards.
 */
@ReviewRecoveryTest
@Tag("postgres")
class ReviewerVerificationTest {

  private static final LocalDate REVIEW_DATE = LocalDate.of(2025, 6, 30);

  @Autowired
  ReviewerVerification verification;
  @Autowired
  ReviewRecoveryProperties properties;
  @Autowired
  JdbcTemplate jdbc;

  private long nextTransactionId = 1001;

  @BeforeEach
  void theDefaultSettingsApply() {
    assertThat(properties.verification().purchaseWindow()).isEqualTo(Duration.ofDays(180));
    assertThat(properties.verification().highValueSpend()).isEqualByComparingTo("500");
  }

  @AfterEach
  void removeOwnCustomers() {
    jdbc.update("delete from customer_transaction where customer_id between 1000 and 1999");
    jdbc.update("delete from customer where id between 1000 and 1999");
  }

  @Test
  void aReviewerWithTheExactNameOfACustomerWhoBoughtInTheWindowIsVerified() {
    customer(1001, "Wilhelmina Fairweather", "wilhelmina@example.test", null);
    long purchase = purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(12), "Celebration cake, lemon", "85.00");

    VerificationResult result = verify("Wilhelmina Fairweather", null, null);

    assertThat(result.verified()).isTrue();
    assertThat(result.customerId()).isEqualTo(1001);
    assertThat(result.transactionId()).isEqualTo(purchase);
    assertThat(result.finding()).contains("Verified customer Wilhelmina Fairweather", "matched by name",
        "order RRT-1001", "Celebration cake, lemon", "12 days before the review");
  }

  @Test
  void twoCustomersWithTheReviewersNameVerifyTheReviewer_butIdentifyNeither() {
    customer(1001, "Wilhelmina Fairweather", "w.fairweather@example.test", "+44 20 7946 0101");
    customer(1002, "Wilhelmina Fairweather", "mina.f@example.test", "+44 20 7946 0102");
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(12), "Celebration cake, lemon", "85.00");
    purchase(1002, "RRT-1002", REVIEW_DATE.minusDays(3), "Croissants, box of 12", "26.40");

    VerificationResult result = verify("Wilhelmina Fairweather", null, null);

    assertThat(result.verified()).isTrue();
    assertThat(result.customerId()).as("nobody to contact on record: it could be the wrong person").isNull();
    assertThat(result.transactionId()).isNull();
    assertThat(result.customerPhone()).isNull();
    assertThat(result.finding()).contains("2 customers with this name", "no customer record is used");
  }

  @Test
  void theNameMatchesWhateverItsCaseAndSpacing() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    long purchase = purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(12), "Celebration cake, lemon", "85.00");

    VerificationResult result = verify("  wILHELMINA   fairweather ", null, null);

    assertThat(result.verified()).isTrue();
    assertThat(result.customerId()).isEqualTo(1001);
    assertThat(result.transactionId()).isEqualTo(purchase);
  }

  @Test
  void aReviewerIsMatchedByEmailRegardlessOfCaseWhenTheNameDiffers() {
    customer(1001, "Wilhelmina Fairweather", "wilhelmina.f@example.test", null);
    long purchase = purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(5), "Sourdough loaf", "6.50");

    VerificationResult result = verify("Mina F.", " Wilhelmina.F@EXAMPLE.test ", null);

    assertThat(result.verified()).isTrue();
    assertThat(result.customerId()).isEqualTo(1001);
    assertThat(result.transactionId()).isEqualTo(purchase);
    assertThat(result.finding()).contains("matched by email");
  }

  @Test
  void aReviewerIsMatchedByTheOrderReferenceTheyGave() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(2), "Sourdough loaf", "6.50");
    long reviewed = purchase(1001, "RRT-1002", REVIEW_DATE.minusDays(40), "Wedding cake tasting", "35.00");

    VerificationResult result = verify("wilhelmina fairweather", null, " rrt-1002 ");

    assertThat(result.verified()).isTrue();
    assertThat(result.transactionId()).as("the order the reviewer named, not the latest").isEqualTo(reviewed);
    assertThat(result.finding()).contains("matched by order reference", "order RRT-1002");
  }

  @Test
  void anUnknownOrderReferenceFallsBackToTheNameAndSaysSo() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    long purchase = purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(2), "Sourdough loaf", "6.50");

    VerificationResult result = verify("Wilhelmina Fairweather", null, "RRT-9999");

    assertThat(result.verified()).isTrue();
    assertThat(result.transactionId()).isEqualTo(purchase);
    assertThat(result.finding()).startsWith("No order RRT-9999 in the records.").contains("matched by name");
  }

  @Test
  void anOrderReferenceOfSomeoneElseDoesNotVerifyTheReviewer() {
    customer(1001, "Wilhelmina Fairweather", "wilhelmina@example.test", null);
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(2), "Sourdough loaf", "6.50");

    VerificationResult result = verify("Bartholomew Quince", "bart@example.test", "RRT-1001");

    assertThat(result.verified()).isFalse();
    assertThat(result.customerId()).isNull();
    assertThat(result.transactionId()).isNull();
    assertThat(result.finding()).contains("RRT-1001", "belongs to another customer", "Bartholomew Quince");
  }

  @Test
  void aReviewerWhoMatchesNobodyIsNotACustomer() {
    customer(1001, "Wilhelmina Fairweather", "wilhelmina@example.test", null);
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(2), "Sourdough loaf", "6.50");

    VerificationResult result = verify("Bartholomew Quince", "bart@example.test", null);

    assertThat(result.verified()).isFalse();
    assertThat(result.customerId()).isNull();
    assertThat(result.transactionId()).isNull();
    assertThat(result.customerPhone()).isNull();
    assertThat(result.highValue()).isFalse();
    assertThat(result.finding()).startsWith("Not a customer").contains("Bartholomew Quince", "bart@example.test");
  }

  @Test
  void aPurchaseOlderThanTheWindowDoesNotVerifyButIdentifiesTheCustomer() {
    customer(1001, "Wilhelmina Fairweather", null, "+44 20 7946 1001");
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(181), "Birthday cupcakes, 24", "54.00");

    VerificationResult result = verify("Wilhelmina Fairweather", null, null);

    assertThat(result.verified()).isFalse();
    assertThat(result.customerId()).isEqualTo(1001);
    assertThat(result.transactionId()).isNull();
    assertThat(result.customerPhone()).isEqualTo("+44 20 7946 1001");
    assertThat(result.finding()).contains("is a customer", "no purchase in the 180 days", "order RRT-1001");
  }

  @Test
  void aPurchaseOnTheLastDayOfTheWindowStillCounts() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    long purchase = purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(180), "Birthday cupcakes, 24", "54.00");

    VerificationResult result = verify("Wilhelmina Fairweather", null, null);

    assertThat(result.verified()).isTrue();
    assertThat(result.transactionId()).isEqualTo(purchase);
  }

  @Test
  void aPurchaseAfterTheReviewDoesNotCount() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    purchase(1001, "RRT-1001", REVIEW_DATE.plusDays(1), "Croissants, box of 12", "26.40");

    VerificationResult result = verify("Wilhelmina Fairweather", null, null);

    assertThat(result.verified()).isFalse();
    assertThat(result.transactionId()).isNull();
    assertThat(result.customerId()).isEqualTo(1001);
  }

  @Test
  void theReviewedPurchaseIsTheLatestBeforeTheReviewNotOneAfterIt() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    long before = purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(10), "Sourdough loaf", "6.50");
    purchase(1001, "RRT-1002", REVIEW_DATE.plusDays(3), "Croissants, box of 12", "26.40");

    VerificationResult result = verify("Wilhelmina Fairweather", null, null);

    assertThat(result.verified()).isTrue();
    assertThat(result.transactionId()).isEqualTo(before);
    assertThat(result.finding()).contains("order RRT-1001").doesNotContain("RRT-1002");
  }

  @Test
  void aCustomerWhoHasSpentAtLeast500IsHighValue() {
    customer(1001, "Wilhelmina Fairweather", null, null);
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(400), "Wedding cake, 4 tiers", "450.00");
    purchase(1001, "RRT-1002", REVIEW_DATE.minusDays(3), "Catering platter", "50.00");
    customer(1002, "Bartholomew Quince", null, null);
    purchase(1002, "RRT-1003", REVIEW_DATE.minusDays(400), "Wedding cake, 4 tiers", "450.00");
    purchase(1002, "RRT-1004", REVIEW_DATE.minusDays(3), "Catering platter", "49.99");

    assertThat(verify("Wilhelmina Fairweather", null, null).highValue()).as("spent 500.00").isTrue();
    assertThat(verify("Bartholomew Quince", null, null).highValue()).as("spent 499.99").isFalse();
  }

  @Test
  void thePhoneOnRecordIsPassedOn() {
    customer(1001, "Wilhelmina Fairweather", null, "+44 20 7946 1001");
    purchase(1001, "RRT-1001", REVIEW_DATE.minusDays(3), "Sourdough loaf", "6.50");
    customer(1002, "Bartholomew Quince", null, null);
    purchase(1002, "RRT-1002", REVIEW_DATE.minusDays(3), "Sourdough loaf", "6.50");

    assertThat(verify("Wilhelmina Fairweather", null, null).customerPhone()).isEqualTo("+44 20 7946 1001");
    assertThat(verify("Bartholomew Quince", null, null).customerPhone()).isNull();
  }

  private VerificationResult verify(String name, String email, String orderReference) {
    return verification.verify(new ReviewerClaim(name, email, orderReference, REVIEW_DATE));
  }

  private void customer(long id, String fullName, String email, String phone) {
    jdbc.update("insert into customer (id, full_name, email, phone) values (?, ?, ?, ?)", id, fullName, email, phone);
  }

  private long purchase(long customerId, String orderReference, LocalDate on, String description, String amount) {
    long id = nextTransactionId++;
    jdbc.update("insert into customer_transaction (id, customer_id, order_reference, purchased_on, description, amount) "
        + "values (?, ?, ?, ?, ?, ?)", id, customerId, orderReference, Date.valueOf(on), description, new BigDecimal(amount));
    return id;
  }
}
