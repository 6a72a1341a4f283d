package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.cases.FinalReview;
import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.jobs.JobFailure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Looking a case's review up again after its public reply, against Google Business Profile on WireMock. */
class ReviewRecheckTest extends PlatformIntegrationTest {

  @Autowired
  ReviewRecheck recheck;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Test
  void aReviewStillPublished_keepsItsRatingNow_andCountsAsImprovedWhenItRose() {
    String reviewId = received("google", 1);
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS + "/" + reviewId))
        .willReturn(okJson(googleReview(reviewId, "FOUR", "Late, but they put it right.", now))));

    FinalReview found = recheck.recheck("google:" + reviewId, "google", reviewId, 1);

    assertThat(found.state()).isEqualTo(FinalReview.State.PUBLISHED);
    assertThat(found.rating()).isEqualTo(4);
    assertThat(found.improved()).isTrue();
    assertThat(kept("google:" + reviewId)).containsEntry("FINAL_REVIEW_STATE", "PUBLISHED")
        .containsEntry("FINAL_RATING", 4).containsEntry("RATING_AT_INTAKE", 1);
  }

  @Test
  void aReviewTheReviewerDeleted_isKeptAsRemoved() {
    String reviewId = received("google", 2);
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS + "/" + reviewId)).willReturn(aResponse().withStatus(404)));

    assertThat(recheck.recheck("google:" + reviewId, "google", reviewId, 2).state()).isEqualTo(FinalReview.State.REMOVED);
    assertThat(kept("google:" + reviewId)).containsEntry("FINAL_REVIEW_STATE", "REMOVED").containsEntry("FINAL_RATING", null);
  }

  @Test
  void aPlatformThatCannotLookReviewsUp_isKeptAsUnknown() {
    String reviewId = received("yelp", 1);

    FinalReview found = recheck.recheck("yelp:" + reviewId, "yelp", reviewId, 1);

    assertThat(found.state()).isEqualTo(FinalReview.State.UNKNOWN);
    assertThat(found.why()).contains("Yelp reviews cannot be looked up");
    assertThat(kept("yelp:" + reviewId)).containsEntry("FINAL_REVIEW_STATE", "UNKNOWN");
  }

  @Test
  void aPlatformThatDoesNotAnswer_failsTheStepForARetry_andKeepsNothing() {
    String reviewId = received("google", 1);
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS + "/" + reviewId)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> recheck.recheck("google:" + reviewId, "google", reviewId, 1))
        .isInstanceOf(JobFailure.class).hasMessageContaining("503");
    assertThat(kept("google:" + reviewId)).containsEntry("FINAL_REVIEW_STATE", null);
  }

  private String received(String platform, int rating) {
    String reviewId = newReviewId();
    intake.receive(new NewReview(platform, reviewId, rating, "Late and melted.", "Jane Doe", null, null, null,
        now.minus(40, ChronoUnit.DAYS)));
    return reviewId;
  }

  private Map<String, Object> kept(String businessKey) {
    return jdbc.queryForMap("select rating_at_intake, final_review_state, final_rating from review_case where business_key = ?",
        businessKey);
  }
}
