package io.reviewrecovery.platform.trustpilot;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.reviewrecovery.process.ReviewRecoveryProcess.END_REPORTED_REVIEW_REMOVED;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_PLATFORM_DECISION;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REPORT_REFERENCE;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.platform.PlatformIntegrationTest;
import io.reviewrecovery.platform.ReviewPoller;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The poller against Trustpilot's private review list of the business unit, on WireMock. */
class TrustpilotPollingTest extends PlatformIntegrationTest {

  private static final String REVIEWS = "/v1/private/business-units/" + TRUSTPILOT_BUSINESS_UNIT + "/reviews";

  @Autowired
  ReviewPoller poller;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeEach
  void firstPollEver() {
    jdbc.update("delete from platform_poll_state where platform = 'trustpilot'");
  }

  @Test
  void startsACaseForEachNewLowRatedReview_pageByPage_asTheBusinessUnit() {
    String oneStar = newReviewId();
    String twoStars = newReviewId();
    String longAgo = newReviewId();
    List<String> firstPage = new ArrayList<>();
    firstPage.add(review(oneStar, 1, "Late and melted", "The cake came two hours late.", now.minus(1, ChronoUnit.HOURS)));
    List<String> fiveStars = new ArrayList<>();
    while (firstPage.size() < Trustpilot.PAGE_SIZE) {
      String id = newReviewId();
      fiveStars.add(id);
      firstPage.add(review(id, 5, "Lovely", "Lovely cake!", now.minus(2, ChronoUnit.HOURS)));
    }
    stubPage(1, firstPage.toArray(String[]::new));
    stubPage(2, review(twoStars, 2, "Rude staff", "Too sweet, and rude staff.", now.minus(3, ChronoUnit.HOURS)),
        review(longAgo, 1, "Bad", "Bad, long ago.", now.minus(10, ChronoUnit.DAYS)));

    poller.pollAll();

    PLATFORMS.verify(getRequestedFor(urlPathEqualTo(REVIEWS))
        .withHeader("Authorization", equalTo("Bearer " + TRUSTPILOT_TOKEN))
        .withHeader("apikey", equalTo(TRUSTPILOT_API_KEY))
        .withQueryParam("orderBy", equalTo("createdat.desc"))
        .withQueryParam("perPage", equalTo("100"))
        .withQueryParam("page", equalTo("1")));
    PLATFORMS.verify(1, getRequestedFor(urlPathEqualTo(REVIEWS)).withQueryParam("page", equalTo("2")));
    PLATFORMS.verify(0, getRequestedFor(urlPathEqualTo(REVIEWS)).withQueryParam("page", equalTo("3")));
    assertThat(reviewCases.find("trustpilot:" + oneStar)).isPresent();
    assertThat(reviewCases.find("trustpilot:" + twoStars)).isPresent();
    assertThat(fiveStars).as("above the rating limit")
        .allSatisfy(id -> assertThat(reviewCases.find("trustpilot:" + id)).isEmpty());
    assertThat(reviewCases.find("trustpilot:" + longAgo)).as("older than the first poll looks back").isEmpty();
    assertThat(runtimeService.getVariable(reviewCases.find("trustpilot:" + oneStar).orElseThrow().processInstanceId(),
        REVIEW_TEXT.name())).isEqualTo("Late and melted\n\nThe cake came two hours late.");
  }

  @Test
  void aRepeatedPoll_startsNoSecondCase_evenWhenItReadsTheSameReviewsAgain() {
    String reviewId = newReviewId();
    stubPage(1, review(reviewId, 1, "Late", "The cake came late.", now.minus(1, ChronoUnit.HOURS)));

    poller.pollAll();
    poller.pollAll();
    jdbc.update("delete from platform_poll_state where platform = 'trustpilot'");
    poller.pollAll();

    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("trustpilot:" + reviewId).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from platform_event where platform_review_id = ?", Integer.class,
        reviewId)).isOne();
  }

  @Test
  void aThrottledOrFailingListIsReadAgainNextPoll_andNoReviewIsLost() {
    String reviewId = newReviewId();
    PLATFORMS.stubFor(get(urlPathEqualTo(REVIEWS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));
    poller.pollAll();
    PLATFORMS.stubFor(get(urlPathEqualTo(REVIEWS)).willReturn(aResponse().withStatus(503)));
    poller.pollAll();

    assertThat(jdbc.queryForObject("select count(*) from platform_poll_state where platform = 'trustpilot'",
        Integer.class)).as("nothing was read, so the poll did not move on").isZero();

    stubPage(1, review(reviewId, 2, "Cold", "The coffee was cold.", now.minus(30, ChronoUnit.MINUTES)));
    poller.pollAll();

    assertThat(reviewCases.find("trustpilot:" + reviewId)).isPresent();
  }

  @Test
  void aReviewListedLateWithAnEarlierCreationTimeIsStillFound() {
    String seen = newReviewId();
    String heldForModeration = newReviewId();
    stubPage(1, review(seen, 1, "Late", "The cake came late.", now.minus(1, ChronoUnit.HOURS)));
    poller.pollAll();

    stubPage(1, review(seen, 1, "Late", "The cake came late.", now.minus(1, ChronoUnit.HOURS)),
        review(heldForModeration, 2, "Cold", "The coffee was cold.", now.minus(3, ChronoUnit.HOURS)));
    poller.pollAll();

    assertThat(reviewCases.find("trustpilot:" + heldForModeration)).as("created before the last poll's newest review")
        .isPresent();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("trustpilot:" + seen).count()).as("read twice, one case").isOne();
  }

  @Test
  void aReviewGoneWhileItsCaseWaitsForThePlatformsDecisionEndsTheCaseAsRemoved() {
    String reviewId = newReviewId();
    ProcessInstance instance = caseAt(TASK_RECORD_PLATFORM_DECISION, "trustpilot", reviewId,
        Map.of(PLATFORM_REPORT_REFERENCE.name(), "REPORT-1"));
    stubPage(1);
    PLATFORMS.stubFor(get(urlPathEqualTo("/v1/reviews/" + reviewId)).willReturn(aResponse().withStatus(404)));

    poller.pollAll();

    PLATFORMS.verify(getRequestedFor(urlPathEqualTo("/v1/reviews/" + reviewId)).withHeader("apikey", equalTo(TRUSTPILOT_API_KEY)));
    assertThat(ended(instance)).isEqualTo(END_REPORTED_REVIEW_REMOVED);
  }

  private static void stubPage(int page, String... reviews) {
    PLATFORMS.stubFor(get(urlPathEqualTo(REVIEWS)).withQueryParam("page", equalTo(String.valueOf(page)))
        .willReturn(okJson("{\"reviews\": [%s], \"links\": []}".formatted(String.join(",", reviews)))));
  }

  private static String review(String reviewId, int stars, String title, String text, Instant created) {
    return """
        {"links": [{"href": "https://api.trustpilot.com/v1/reviews/%s", "method": "GET", "rel": "reviews"}],
         "id": "%s", "consumer": {"id": "c-%s", "displayName": "Jane Doe"}, "stars": %d,
         "title": "%s", "text": "%s", "language": "en", "createdAt": "%s", "updatedAt": null, "status": "active"}
        """.formatted(reviewId, reviewId, reviewId, stars, title, text, created);
  }
}
