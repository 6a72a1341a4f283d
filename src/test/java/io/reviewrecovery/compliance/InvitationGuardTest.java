package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.InvitationGuard.GATING;
import static io.reviewrecovery.compliance.InvitationGuard.INCENTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationGuardTest {

  private static final Map<String, SentenceRule> RULES_BY_CODE = Map.of("INCENTIVE", INCENTIVE, "GATING", GATING, "THREAT", Threats.RULE,
      "TONE", Tone.RULE);

  private final InvitationGuard guard = new InvitationGuard();

  @ParameterizedTest
  @ValueSource(strings = {
      "Would you tell others about your experience with Harbour Street Bakery?",
      "We invite every customer to share their experience on Google, whatever it was.",
      "What you write is entirely up to you: what went well, what did not, or both.",
      "It helps other customers decide, and it shows us what to improve.",
      "Write your review on Trustpilot: https://www.trustpilot.com/evaluate/harbourstreetbakery.example",
      "There is no need to reply.",
      "To receive no more invitations like this one: https://care.example.com/unsubscribe/abc.def",
      "Thank you for your recent order.",
      "We'd love to hear about your visit, good or bad.",
      "Honest reviews, positive or negative, help us get better.",
      "Our loyalty scheme now has a birthday treat, and reviews are always welcome.",
  })
  void acceptsANeutralInvitation(String text) {
    assertThat(guard.check(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Leave us a review and get 10% off your next order.                  | INCENTIVE
      Write a review and we will send you a free loaf.                    | INCENTIVE
      Everyone who leaves a review is entered into a prize draw for a £50 voucher. | INCENTIVE
      If you were happy with your order, please leave us a review.        | GATING
      If you enjoyed your cake, tell others on Google!                    | GATING
      We would love a 5-star review from you.                             | GATING
      A glowing review means the world to a small bakery.                 | GATING
      Happy customers are invited to share their experience.              | GATING
      Write a positive review and get a free coffee.                      | INCENTIVE, GATING
      Share your experience and receive a £5 credit.                      | INCENTIVE
      Please review us, or you will regret it.                            | THREAT
      If you weren't happy, please contact us first instead of leaving a review. | GATING
      Please be fair, unlike some of the people who review us.            | TONE
      Had a lovely visit? Let the world know on Tripadvisor.              | GATING
      """)
  void refusesIncentivesGatingAndPressure(String text, String expectedRules) {
    assertThat(guard.check(text)).singleElement().satisfies(breach -> assertThat(breach.rules())
        .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(expectedRules.split(",\\s*")).map(RULES_BY_CODE::get).toList()));
  }
}
