package io.reviewrecovery.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules one by one, on examples; {@link ComplianceCorpusTest} measures them on the corpus. */
class OutreachGuardTest {

  private static final Map<String, SentenceRule> RULES_BY_CODE = Map.of(
      "INCENTIVE", ReviewRules.INCENTIVE, "THREAT", Threats.RULE, "REMOVAL", ReviewRules.REMOVAL_REQUEST,
      "TONE", Tone.RULE, "MENTION", ReviewRules.MENTION);
  private static final Map<String, SentenceRule> UPDATE_REQUEST_RULES_BY_CODE = Map.of(
      "INCENTIVE", ReviewRules.INCENTIVE, "THREAT", Threats.RULE, "REMOVAL", ReviewRules.REMOVAL_IN_UPDATE_REQUEST,
      "RATING", ReviewRules.RATING_REQUEST, "PRESSURE", ReviewRules.PRESSURE, "TONE", Tone.RULE);

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
      "Tom, our manager, will call you tomorrow morning to talk it through.",
      "You can reach us any time at care@harbourstreetbakery.example or on 020 7946 0000.",
      "Our records show the cake left at 9:10, so something clearly went wrong with the courier.",
      "We're sorry you never received your order, that is entirely our fault.",
      "Under the Consumer Rights Act you are entitled to a full refund, and we are happy to give it.",
      "We have filed a claim with the courier for the lost parcel; you don't need to do anything.",
      "Next time you're in, perhaps try our new lemon tart on us.",
      "We took advice from the council's food safety team on labelling.",
      "Please let me know if you'd like me to post the voucher again.",
      "You knew exactly what you wanted and we got it wrong, sorry.",
      "We aim to give five-star service every day, and we didn't, I'm sorry.",
      "We've looked at the CCTV of your visit and our staff were in the wrong; I'm sorry.",
      "We're not a big company, so every customer matters to us.",
      "Please don't hesitate to contact us.",
      "We pulled the chicken pie from the menu the same day.",
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
      We will waive the cancellation fee if you remove your negative review.          | INCENTIVE, REMOVAL, MENTION
      Before we discuss a refund, we would need the post taken down.                  | INCENTIVE, REMOVAL
      Our lawyers are looking at what you wrote.                                      | THREAT
      Your comments are defamatory.                                                   | THREAT
      We will take legal action unless this is corrected.                             | THREAT
      We have every right to sue you for this.                                        | THREAT
      Please treat this as a cease and desist.                                        | THREAT
      You will regret posting this.                                                   | THREAT
      Posting false statements about our business can get you sued.                   | THREAT
      We know where you live.                                                         | THREAT
      I'd think very carefully about what you post online in future.                  | THREAT
      Please remove your review.                                                      | REMOVAL, MENTION
      Would you consider deleting the post?                                           | REMOVAL
      We would be grateful if you could update your Google review.                    | REMOVAL, MENTION
      We hope you might reconsider your rating.                                       | REMOVAL, MENTION
      Frankly you are the rudest customer we have ever had.                           | TONE
      Other customers don't complain about our portion sizes.                         | TONE
      if you had been polite to the staff this wouldnt have happened                 | TONE
      Maybe next time check the delivery address before you place an order.          | TONE
      We are sorry about the review you left.                                         | MENTION
      We read your one-star review on Google.                                         | MENTION
      We saw what you wrote online.                                                   | MENTION
      We are sorry your review experience was not what you hoped.                     | MENTION
      We can put you at the top of the waiting list if you amend your rating.        | INCENTIVE, REMOVAL, MENTION
      Would you take another look at your review now?                                 | REMOVAL, MENTION
      We are seeking professional advice about your post.                             | THREAT
      If you post anything like this again, you'll hear from us.                      | THREAT
      You must have known the bread contained seeds.                                  | TONE
      A two minute wait is hardly a disaster.                                         | TONE
      I don't know what else you expect from a small bakery.                          | TONE
      We'll pick up the check if you take down your yelp review.                      | INCENTIVE, REMOVAL, MENTION
      Could you get rid of the review now that it's sorted?                           | REMOVAL, MENTION
      We have footage and will use it against you.                                    | THREAT
      Most customers understand that we're busy on Saturdays.                         | TONE
      """)
  void refusesWhatTiesTheRemedyToTheReviewThreatensOrBlames(String sentence, String expectedCodes) {
    List<SentenceRule> expected = Arrays.stream(expectedCodes.split(",\\s*")).map(RULES_BY_CODE::get).toList();

    assertThat(guard.check(sentence)).singleElement()
        .satisfies(breach -> assertThat(breach.rules()).containsExactlyElementsOf(expected));
  }

  @Test
  void quotesEachBreakingSentenceWithTheWordsThatBreakTheRule_andSaysWhatToWriteInstead() {
    List<SentenceBreach> breaches = guard.check("""
        We are so sorry that your cake arrived late. Our lawyers say your review is defamatory!
        We will refund you £25 on Friday.""");

    assertThat(breaches).singleElement().satisfies(breach -> {
      assertThat(breach.sentence()).isEqualTo("Our lawyers say your review is defamatory!");
      assertThat(breach.explanation()).isEqualTo("\"Our lawyers say your review is defamatory!\" threatens legal "
          + "action or intimidates: \"lawyers\", \"defamatory\" (FTC 16 CFR 465.7: no legal threats or intimidation to "
          + "suppress a review); it also mentions the review. Write instead: no consequence for the customer; say what "
          + "your records show and offer to talk, e.g. \"We would like to understand what happened: please contact us.\"");
    });
  }

  @Test
  void checksEverySentenceOnItsOwn() {
    assertThat(guard.check("We are sorry. Please remove your review. We will refund you. Mr. Smith is our manager."))
        .extracting(SentenceBreach::sentence).containsExactly("Please remove your review.");
    assertThat(guard.check(null)).isEmpty();
  }

  @Test
  void readsASentenceThatPointsBackTogetherWithTheOneBefore() {
    assertThat(guard.check("Please remove the review. Once that's done, we will issue the refund.")).singleElement()
        .satisfies(breach -> {
          assertThat(breach.sentence()).isEqualTo("Please remove the review. Once that's done, we will issue the refund.");
          assertThat(breach.rules()).startsWith(ReviewRules.INCENTIVE);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Thank you for letting us put things right. If you feel that your review on Google no longer reflects your "
          + "experience, you are welcome to update it. That is entirely up to you, and there is no need to reply.",
      "If you would rather leave it as it is, you can tell us here, and we will not ask again.",
      "Now that your refund has gone through, you're welcome to update your review if you wish.",
      "Whether or not you update your review, you can always contact us at care@harbourstreetbakery.example.",
      "No need to do anything, but if you'd like to add an update to your review, you can.",
  })
  void acceptsAGentleFreeInvitationToUpdateTheReview(String text) {
    assertThat(guard.checkUpdateRequest(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      If you update your review, we'll send a £10 voucher as a thank-you.                  | INCENTIVE
      Now that it's resolved, we'd be grateful if you could remove your review.            | REMOVAL
      If you no longer feel the review is fair, please delete it.                          | REMOVAL
      We'd love it if you could change it to 5 stars.                                      | RATING
      Please update your review as soon as possible.                                       | PRESSURE
      We need you to update your Google review by Friday.                                  | PRESSURE
      After all the effort we went to, the least you could do is update your review.       | PRESSURE, TONE
      If the review stays up, we'll have no choice but to involve our solicitors.          | THREAT
      Please edit your review as soon as you can.                                          | PRESSURE
      We hope your new review will acknowledge the effort the team put in.                 | RATING
      """)
  void refusesAnUpdateRequestThatAsksForRemovalOrARatingPressesOrOffersSomething(String sentence, String expectedCodes) {
    List<SentenceRule> expected = Arrays.stream(expectedCodes.split(",\\s*")).map(UPDATE_REQUEST_RULES_BY_CODE::get).toList();

    assertThat(guard.checkUpdateRequest(sentence)).singleElement()
        .satisfies(breach -> assertThat(breach.rules()).containsExactlyElementsOf(expected));
  }
}
