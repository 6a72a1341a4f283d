package io.reviewrecovery.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

  @Test
  void aShortReviewIsQuotedWhole() {
    ReviewSummary review = new ReviewSummary("yelp", 2, "  Cold   coffee.\n");
    assertThat(review.nameSuffix()).isEqualTo(" · Yelp · 2★ · “Cold coffee.”");
    assertThat(review.description()).isEqualTo("Yelp · 2★ · “Cold coffee.”");
  }

  @Test
  void aLongReviewIsCutBetweenWordsWithoutTrailingPunctuation() {
    ReviewSummary review = new ReviewSummary("trustpilot", 1,
        "Ordered a birthday cake, waited two hours, and then the wrong name was piped on it.");
    assertThat(review.excerpt(ReviewSummary.NAME_EXCERPT)).isEqualTo("“Ordered a birthday cake, waited two…”");
    assertThat(review.excerpt(43)).isEqualTo("“Ordered a birthday cake, waited two hours…”");
    assertThat(review.nameSuffix()).startsWith(" · Trustpilot · 1★ · ");
  }

  @Test
  void aWordLongerThanTheLimitIsCutInside() {
    assertThat(new ReviewSummary("google", 1, "x".repeat(60)).excerpt(10)).isEqualTo("“xxxxxxxxxx…”");
  }

  @Test
  void anUnknownPlatformAndAMissingRatingAreShownAsTheyAre() {
    assertThat(new ReviewSummary("tripadvisor", null, "Meh").description()).isEqualTo("tripadvisor · “Meh”");
  }
}
