package io.reviewrecovery.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.platform.PublicReplies;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicReplyGuardTest {

  private static final ReviewRecoveryProperties PROPERTIES = new ReviewRecoveryProperties(
      new ReviewRecoveryProperties.Business("Harbour Street Bakery", "care@harbourstreetbakery.example", "+44 20 7946 0000",
          Locale.UK, ZoneId.of("Europe/London")),
      null, null, null);
  /** Jane Doe reviewed as "Jane D."; she bought with order HSB-10231 and was offered a replacement cake. */
  private static final CaseSpecifics JANE = new CaseSpecifics(List.of("Jane D.", "Jane Doe"), "HSB-10231",
      "A replacement lemon cake delivered on Friday morning before 10 am.");

  private final PublicReplyGuard guard = new PublicReplyGuard(PROPERTIES, new SimpleMeterRegistry());

  @Test
  void passesTheDraftsTheApplicationPrepares() {
    PublicReplies replies = new PublicReplies(PROPERTIES, null, null, guard);

    assertThat(guard.check(replies.draft(true, true), JANE)).isEmpty();
    assertThat(guard.check(replies.draft(true, false), JANE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We sincerely apologize for the initial experience. Please contact us at care@harbourstreetbakery.example.",
      "We sincerely apologize for the initial experience. You can also call us on 020 7946 0000.",
      "We sincerely apologize for the initial experience. You can also call us on +44 (0)20 7946 0000.",
      "Thank you for taking the time to tell us about this. We will do better.",
      "We are sorry the delivery did not go as planned. We have changed how we pack cakes in warm weather.",
      "We will always do what we can to put things right, and we hope to welcome you back.",
      "We have reached out privately and we are glad we could resolve this together.",
      "Our team has been retrained on delivery times; thank you for helping us improve.",
      "We will review what happened with our kitchen team this week.",
      "We have been baking on this street since 1998 and we take every complaint seriously.",
      "We may not always get it right, but we always want to hear about it.",
      "It was never our intention to spoil a special day. Please get in touch so we can talk.",
      "We are sorry. Harbour Street Bakery has baked for families here for 25 years.",
      "We want every order to arrive on time, and this one did not.",
      "We hope you will give us another chance.",
      "We have contacted you privately to make this right.",
      "We have no record of this visit and would welcome the chance to talk.",
      "Our recollection of the afternoon is different, and we'd welcome a conversation to understand your side.",
      "Our manager Tom would like to talk to you: care@harbourstreetbakery.example.",
      "Thank you for updating your review.",
      "We regret that your visit fell short, and we thought carefully about what you told us.",
      "We're sorry: the staff member's comment was uncalled for.",
      "We have taken your advice and added more seating.",
      "It's a busy café at lunchtime and we're sorry you couldn't find a seat.",
  })
  void acceptsAProfessionalReplyWithoutPrivateDetails(String reply) {
    assertThat(guard.check(reply, JANE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Thanks Jane, we've refunded your £35.                                        | Jane, refunded, £35
      Dear Ms Doe, we are sorry about the late delivery.                           | Doe
      We are sorry, JANE. Please contact us.                                       | JANE
      Please contact jane.doe@example.com if you need anything else.               | jane.doe@example.com
      We called you on 07700 900123 and left a message.                            | 07700 900123
      We called +44 20 7946 0011 twice.                                            | +44 20 7946 0011
      The cake was delivered to 14 Harbour Lane as ordered.                        | 14 Harbour Lane
      Our driver reached SW1A 1AA on time.                                         | SW1A 1AA
      Your order HSB-10231 left our kitchen late.                                  | HSB-10231
      Order hsb-10231 has been looked into.                                        | hsb-10231
      hi jane, we've spoken on the phone and sorted it.                            | jane
      Sorry Ms D, we'll be in touch.                                               | Ms D
      We checked order #4521 and it was late.                                      | order #4521
      We have given the 35 pounds back.                                            | 35 pounds
      We have returned all fifty pounds.                                           | fifty pounds
      Your purchase on 12 March was late.                                          | 12 March
      Your purchase on March 12th was late.                                        | March 12th
      The order from 2026-11-11 was late.                                          | 2026-11-11
      The order from 11/11/2026 was late.                                          | 11/11/2026
      We sent a replacement.                                                       | replacement
      A voucher is on its way.                                                     | voucher
      We have added a credit to your account.                                      | credit
      We offered a discount on your next order.                                    | discount
      We offered compensation.                                                     | compensation
      We will redo the catering at no charge.                                      | redo, at no charge
      You will have a lemon cake delivered on Friday morning.                      | lemon cake delivered on, Friday
      We phoned you twice last week.                                               | phoned you twice
      We emailed you last Tuesday and again on Thursday.                           | Tuesday, Thursday
      """)
  void refusesPrivateDetailsAndSpecificsOfTheRemedy(String reply, String offendingParts) {
    assertThat(guard.check(reply, JANE)).extracting(ReplyFinding::quote)
        .containsExactlyInAnyOrder(offendingParts.split(",\\s*"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      This review is a lie and the customer was abusive to our staff.                        | tone
      Frankly you are the rudest customer we have ever had, and you're not welcome back.     | tone
      Maybe next time read the menu before complaining online.                               | tone
      We are considering our legal options.                                                  | threat
      We know who you are, and we'd think carefully about what you post.                     | threat
      We offered you a deal if the review was taken down, and that offer still stands.       | incentive, removal
      We hope you'll consider removing this review now that it's been resolved.              | removal
      Believe it or not, our bread is baked every morning.                                   | tone
      We're a bakery, not a restaurant.                                                      | tone
      Your husband was the one who knocked the tray over.                                    | tone
      We are taking advice.                                                                  | threat
      Would you update this to reflect that we resolved it?                                  | removal
      We're not a fast food joint.                                                           | tone
      Nobody dragged you here.                                                               | tone
      Thanks for the review (not).                                                           | tone
      """)
  void refusesAReplyThatIsHostileThreatensOrAsksForTheReviewToChange(String reply, String rules) {
    assertThat(guard.check(reply, JANE)).singleElement().satisfies(finding -> {
      assertThat(finding.quote()).isEqualTo(reply);
      assertThat(finding.rules()).containsExactly(rules.split(",\\s*"));
      assertThat(finding.explanation()).startsWith("\"" + reply + "\" ").contains("Write instead: ");
    });
  }

  @Test
  void explainsWhatTheQuotedPartIsAndWhatToWriteInstead() {
    assertThat(guard.check("Thanks Jane, we've refunded your £35.", JANE)).extracting(ReplyFinding::explanation)
        .containsExactly(
            "\"Jane\" is the customer's name, which a public reply must not contain. Write instead: no name, e.g. "
                + "\"Thank you for your review.\"",
            "\"£35\" is an amount of money, which a public reply must not contain. Write instead: "
                + "\"We have been in touch privately to put this right.\"",
            "\"refunded\" is a specific of the remedy, which a public reply must not contain. Write instead: "
                + "\"We have been in touch privately to put this right.\"");
  }

  @Test
  void allowsTheBusinessContactOnlyAsConfigured() {
    PublicReplyGuard withoutPhone = new PublicReplyGuard(new ReviewRecoveryProperties(
        new ReviewRecoveryProperties.Business("Harbour Street Bakery", "care@harbourstreetbakery.example", null,
            Locale.UK, ZoneId.of("Europe/London")),
        null, null, null), new SimpleMeterRegistry());

    assertThat(withoutPhone.check("Call us on 020 7946 0000.", JANE)).extracting(ReplyFinding::explanation)
        .containsExactly("\"020 7946 0000\" is a phone number, which a public reply must not contain. Write instead: "
            + "only the business's own contact, care@harbourstreetbakery.example.");
    assertThat(guard.check("Write to care@other-bakery.example.", JANE)).extracting(ReplyFinding::explanation)
        .containsExactly("\"care@other-bakery.example\" is an email address, which a public reply must not contain. "
            + "Write instead: only the business's own contact, care@harbourstreetbakery.example or +44 20 7946 0000.");
  }
}
