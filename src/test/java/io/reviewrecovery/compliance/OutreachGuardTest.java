package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.OutreachGuard.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutreachGuardTest {

  private static final Map<String, SentenceRule> RULES_BY_CODE = Map.of(
      "INCENTIVE", INCENTIVE, "THREAT", THREAT, "REMOVAL", REMOVAL_REQUEST, "MENTION", MENTION);

  private final OutreachGuard guard = new OutreachGuard();

  @ParameterizedTest
  @ValueSource(strings = {
      "We are sorry that your lemon cake arrived two hours late and the icing had melted.",
      "We reviewed your order and found that the courier left the depot an hour late.",
      "We have reviewed what happened with our kitchen team.",
      "Our review of your order showed that the icing was not chilled before it left us.",
      "After the review of your order, we changed how we pack cakes in warm weather.",
      "We are reviewing our delivery times so this does not happen again.",
      "We will refund you £25.00 in full; the refund will be processed on Friday.",
      "We will send a replacement cake on Friday morning, delivered before 10 am.",
      "You will receive a replacement in exchange for the damaged cake, and you do not need to return anything.",
      "We deeply regret that your daughter's party was spoilt.",
      "We regret this happened and we have changed our courier.",
      "Thank you for your feedback; it helps us improve.",
      "Your refund will be processed once you confirm which card you paid with.",
      "We have updated our packaging so cakes stay cool on warm days.",
      "A service credit of £20 has been added to your account, to use whenever you like.",
      "We will redo the catering at no charge on a date of your choice.",
      "Sue, we are truly sorry about the wait.",
      "The remedy is yours whatever you decide.",
      "If you would like, we can also call you to arrange a time for the new delivery.",
      "We take full responsibility, e.g. for the late courier and the warm van.",
      "Our team has been briefed and the driver has been retrained.",
  })
  void acceptsWhatPutsThingsRight(String text) {
    assertThat(guard.check(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      We'll refund you if you take the review down.                                   | INCENTIVE, REMOVAL, MENTION
      We will refund you in full if you take it down.                                 | INCENTIVE, REMOVAL
      Here is a £10 voucher for updating your review.                                 | INCENTIVE, REMOVAL, MENTION
      We can offer you a voucher in exchange for your review.                         | INCENTIVE, MENTION
      Once you remove the post, we will process your refund.                          | INCENTIVE, REMOVAL
      Once you’ve removed your review we’ll send the replacement.                     | INCENTIVE, REMOVAL, MENTION
      We will give you 20% off your next order for a 5-star rating.                   | INCENTIVE, REMOVAL, MENTION
      The refund will follow as soon as you change your rating to five stars.         | INCENTIVE, REMOVAL, MENTION
      A free cake is yours if you leave us a better review.                           | INCENTIVE, REMOVAL, MENTION
      Our lawyers are looking at what you wrote.                                      | THREAT
      Your comments are defamatory.                                                   | THREAT
      We will take legal action unless this is corrected.                             | THREAT
      We have every right to sue you for this.                                        | THREAT
      Please treat this as a cease and desist.                                        | THREAT
      You will regret posting this.                                                   | THREAT
      Please remove your review.                                                      | REMOVAL, MENTION
      Would you consider deleting the post?                                           | REMOVAL
      We would be grateful if you could update your Google review.                    | REMOVAL, MENTION
      We hope you might reconsider your rating.                                       | REMOVAL, MENTION
      We are sorry about the review you left.                                         | MENTION
      We read your one-star review on Google.                                         | MENTION
      We saw what you wrote online.                                                   | MENTION
      We are sorry your review experience was not what you hoped.                     | MENTION
      """)
  void refusesWhatTiesTheRemedyToTheReview(String sentence, String expectedCodes) {
    List<SentenceRule> expected = Arrays.stream(expectedCodes.split(",\\s*")).map(RULES_BY_CODE::get).toList();

    assertThat(guard.check(sentence)).singleElement()
        .satisfies(breach -> assertThat(breach.rules()).containsExactlyElementsOf(expected));
  }

  @Test
  void quotesEachBreakingSentenceWithItsRuleAndSource() {
    List<SentenceBreach> breaches = guard.check("""
        We are so sorry that your cake arrived late. Our lawyers say your review is defamatory!
        We will refund you £25 on Friday.""");

    assertThat(breaches).singleElement().satisfies(breach -> {
      assertThat(breach.sentence()).isEqualTo("Our lawyers say your review is defamatory!");
      assertThat(breach.explanation()).isEqualTo("\"Our lawyers say your review is defamatory!\" threatens legal "
          + "action or intimidates (FTC 16 CFR 465.7: no legal threats or intimidation to suppress a review); and "
          + "mentions the review (house rule: the outreach is about putting things right, so the remedy never looks "
          + "tied to the review; FTC 16 CFR 465.4).");
    });
  }

  @Test
  void checksEverySentenceOnItsOwn() {
    assertThat(guard.check("We are sorry. Please remove your review. We will refund you. Mr. Smith is our manager."))
        .extracting(SentenceBreach::sentence).containsExactly("Please remove your review.");
    assertThat(guard.check(null)).isEmpty();
  }
}
