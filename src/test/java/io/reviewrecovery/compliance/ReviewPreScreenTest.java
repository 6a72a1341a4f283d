package io.reviewrecovery.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewPreScreenTest {

  private final ReviewPreScreen preScreen = new ReviewPreScreen();

  @ParameterizedTest
  @ValueSource(strings = {
      "The lemon cake for my daughter's party arrived two hours late and the icing had melted.",
      "Ordered a birthday cake, it was dry. Staff were polite but the cake cost £45 and wasn't worth it...",
      "Worst service ever! Nobody answered the phone and the order was wrong.",
      "The BBQ platter was cold and the NHS discount they advertise wasn't applied.",
      "I had to buy another cake last minute. Really disappointed.",
  })
  void findsNothingInAnHonestComplaintByACustomer(String review) {
    assertThat(preScreen.findings(review, true)).isEmpty();
    assertThat(preScreen.summary(review, true)).isEqualTo(ReviewPreScreen.NO_FINDINGS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Call the manager Tom on 07700 900123, he is useless.                    | a phone number, "07700 900123"
      Her email is sam.baker@example.com, tell her what you think.            | an email address, "sam.baker@example.com"
      Awful. Go to https://bestcakes.example/deals for real cakes.            | Link: "https://bestcakes.example/deals"
      Terrible bakery, see www.cakeworld.example instead.                     | Link: "www.cakeworld.example"
      Avoid! Use code CAKE2024 at the other place for real cakes.             | discount code, "code CAKE2024"
      Don't bother, order from Rosie's Cakes instead.                         | another business, "order from Rosie's Cakes instead"
      THIS IS THE WORST BAKERY IN TOWN AND THEY DO NOT CARE                   | written mostly in capital letters
      The cake was NEVER delivered and they are LIARS and THIEVES.            | words in capitals, NEVER, LIARS, THIEVES
      Never again!!! Absolutely disgusting                                    | repeated punctuation, "!!!"
      """)
  void flagsPrivateInformationLinksAndSpamSignals(String review, String finding) {
    assertThat(preScreen.findings(review, true)).singleElement().asString().contains(finding);
  }

  @Test
  void flagsAReviewerWhoIsNotAVerifiedCustomer() {
    assertThat(preScreen.summary("The cake was late.", false))
        .isEqualTo("- Not verified: the reviewer was not found as a customer with a purchase near the review date "
            + "(see what the records show).");
  }

  @Test
  void listsEveryFindingOnItsOwnLine() {
    assertThat(preScreen.summary("Rubbish!!! Email me at x@y.example", false).split("\n"))
        .containsExactly(
            "- Private information: an email address, \"x@y.example\".",
            "- Spam signal: repeated punctuation, \"!!!\".",
            "- Not verified: the reviewer was not found as a customer with a purchase near the review date "
                + "(see what the records show).");
  }
}
