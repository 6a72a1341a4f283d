package io.reviewrecovery.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.reviewrecovery.process.ReviewRecoveryProcess.END_REPORTED_REVIEW_REMOVED;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_PLATFORM_DECISION;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REPORT_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.cases.NewReview;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The poller against Google Business Profile's review list on WireMock. */
class ReviewPollerTest extends PlatformIntegrationTest {

  @Autowired
  ReviewPoller poller;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeEach
  void firstPollEver() {
    jdbc.update("delete from platform_poll_state where platform = 'google'");
  }

  @Test
  void startsACaseForEachNewNegativeReview_pageByPage_andContinuesWhereItStopped() {
    String oneStar = newReviewId();
    String fiveStars = newReviewId();
    String twoStars = newReviewId();
    String longAgo = newReviewId();
    stubPage("", "p2", googleReview(oneStar, "ONE", "Late and melted.", now.minus(1, ChronoUnit.HOURS)),
        googleReview(fiveStars, "FIVE", "Lovely cake!", now.minus(2, ChronoUnit.HOURS)));
    stubPage("p2", "", googleReview(twoStars, "TWO", "Too sweet, and rude staff.", now.minus(3, ChronoUnit.HOURS)),
        googleReview(longAgo, "ONE", "Bad, long ago.", now.minus(10, ChronoUnit.DAYS)));

    poller.pollAll();

    assertThat(reviewCases.find("google:" + oneStar)).isPresent();
    assertThat(reviewCases.find("google:" + twoStars)).isPresent();
    assertThat(reviewCases.find("google:" + fiveStars)).as("above the rating limit").isEmpty();
    assertThat(reviewCases.find("google:" + longAgo)).as("older than the first poll looks back").isEmpty();
    PLATFORMS.verify(getRequestedFor(urlPathEqualTo(GOOGLE_REVIEWS))
        .withHeader("Authorization", equalTo("Bearer " + GOOGLE_TOKEN))
        .withQueryParam("orderBy", equalTo("updateTime desc")).withQueryParam("pageToken", equalTo("p2")));
    assertThat(lastUpdate()).isEqualTo(now.minus(1, ChronoUnit.HOURS));

    // the reviewer raises the rating; the next poll reads only what changed since the last one
    PLATFORMS.resetRequests();
    stubPage("", "p2", googleReview(oneStar, "FOUR", "Late and melted.", now.minus(10, ChronoUnit.MINUTES)),
        googleReview(twoStars, "TWO", "Too sweet, and rude staff.", now.minus(3, ChronoUnit.HOURS)));

    poller.pollAll();

    PLATFORMS.verify(1, getRequestedFor(urlPathEqualTo(GOOGLE_REVIEWS)));
    assertThat(jdbc.queryForObject("select type || ' ' || state from platform_event where event_id = ?", String.class,
        "poll:updated:" + oneStar + ":" + now.minus(10, ChronoUnit.MINUTES)))
        .as("an improved review ends its case as updated, at whatever step").isEqualTo("REVIEW_UPDATED HANDLED");
    assertThat(jdbc.queryForObject("select count(*) from platform_event where platform_review_id = ?", Integer.class,
        twoStars)).as("unchanged reviews report nothing new").isOne();
    assertThat(lastUpdate()).isEqualTo(now.minus(10, ChronoUnit.MINUTES));
  }

  @Test
  void aReviewFirstRatedWellAndLoweredLater_startsItsCaseThen() {
    String reviewId = newReviewId();
    stubPage("", "", googleReview(reviewId, "FOUR", "Nice, but slow.", now.minus(2, ChronoUnit.HOURS)));
    poller.pollAll();
    assertThat(reviewCases.find("google:" + reviewId)).as("above the rating limit").isEmpty();

    stubPage("", "", googleReview(reviewId, "ONE", "Nice, but slow. And then it made me ill.", now.minus(1, ChronoUnit.HOURS)));
    poller.pollAll();

    assertThat(reviewCases.find("google:" + reviewId)).isPresent();
    assertThat(jdbc.queryForList("select state from platform_event where platform_review_id = ? order by received_at",
        String.class, reviewId)).containsExactly("IGNORED", "HANDLED");
  }

  @Test
  void aReviewThatCameThroughTheApi_isNotReportedAsUpdatedForItsSpacing_onlyForANewWording() {
    String reviewId = newReviewId();
    intake.receive(new NewReview("google", reviewId, 1, "Late   and melted.\n\nNever again.", "Jane Doe", null, null,
        null, now.minus(2, ChronoUnit.HOURS)));
    stubPage("", "", googleReview(reviewId, "ONE", "Late and melted. Never again.", now.minus(2, ChronoUnit.HOURS)));
    poller.pollAll();
    stubPage("", "", googleReview(reviewId, "ONE", "Late and  melted.  Never again. ", now.minus(90, ChronoUnit.MINUTES)));
    poller.pollAll();

    assertThat(updatesReported(reviewId)).as("first seen, then only spaced differently").isZero();

    stubPage("", "", googleReview(reviewId, "ONE", "Late and melted. They refunded me, though.", now.minus(1, ChronoUnit.HOURS)));
    poller.pollAll();

    assertThat(updatesReported(reviewId)).isOne();
  }

  @Test
  void aReviewReworded_withALowerRating_isNoUpdateThatEndsItsCase() {
    String reviewId = newReviewId();
    intake.receive(new NewReview("google", reviewId, 2, "Slow service.", "Jane Doe", null, null, null,
        now.minus(2, ChronoUnit.HOURS)));
    stubPage("", "", googleReview(reviewId, "TWO", "Slow service.", now.minus(2, ChronoUnit.HOURS)));
    poller.pollAll();
    stubPage("", "", googleReview(reviewId, "ONE", "Slow service, and nobody called me back.", now.minus(1, ChronoUnit.HOURS)));
    poller.pollAll();

    assertThat(updatesReported(reviewId)).as("a worse review is not an improvement").isZero();
  }

  @Test
  void aReviewGoneWhileItsCaseWaitsForThePlatformsDecisionEndsTheCaseAsRemoved() {
    String reviewId = newReviewId();
    ProcessInstance instance = caseAt(TASK_RECORD_PLATFORM_DECISION, "google", reviewId,
        Map.of(PLATFORM_REPORT_REFERENCE.name(), "REPORT-1"));
    stubPage("", "");
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS + "/" + reviewId)).willReturn(aResponse().withStatus(404)));

    poller.pollAll();

    assertThat(ended(instance)).isEqualTo(END_REPORTED_REVIEW_REMOVED);
  }

  @Test
  void eachPollLooksUpABoundedNumberOfOpenCases_thoseLookedUpLongestAgoFirst() {
    stubPage("", "");
    List<String> reviewIds = List.of(newReviewId(), newReviewId(), newReviewId());
    reviewIds.forEach(reviewId -> caseAt(TASK_RECORD_PLATFORM_DECISION, "google", reviewId,
        Map.of(PLATFORM_REPORT_REFERENCE.name(), "REPORT-" + reviewId)));
    PLATFORMS.resetRequests();

    poller.pollAll();

    PLATFORMS.verify(PRESENCE_CHECKS_PER_POLL, getRequestedFor(urlPathMatching(GOOGLE_REVIEWS + "/.+")));
    reviewIds.subList(1, 3).forEach(reviewId ->
        PLATFORMS.verify(1, getRequestedFor(urlPathEqualTo(GOOGLE_REVIEWS + "/" + reviewId))));
    poller.pollAll();
    reviewIds.forEach(reviewId -> PLATFORMS.verify(1, getRequestedFor(urlPathEqualTo(GOOGLE_REVIEWS + "/" + reviewId))));
  }

  @Test
  void aFailingPlatformIsTriedAgainNextTime_fromWhereItStopped() {
    Instant stoppedAt = now.minus(1, ChronoUnit.DAYS);
    jdbc.update("insert into platform_poll_state (platform, last_update_time, polled_at) values ('google', ?, ?)",
        Timestamp.from(stoppedAt), Timestamp.from(stoppedAt));
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS)).willReturn(aResponse().withStatus(503)));

    poller.pollAll();

    assertThat(lastUpdate()).isEqualTo(stoppedAt);
  }

  private int updatesReported(String reviewId) {
    return jdbc.queryForObject("select count(*) from platform_event where platform_review_id = ? and type = 'REVIEW_UPDATED'",
        Integer.class, reviewId);
  }

  private Instant lastUpdate() {
    return jdbc.queryForObject("select last_update_time from platform_poll_state where platform = 'google'",
        Timestamp.class).toInstant();
  }

  private static void stubPage(String pageToken, String nextPageToken, String... reviews) {
    PLATFORMS.stubFor(get(urlPathEqualTo(GOOGLE_REVIEWS)).withQueryParam("pageToken", equalTo(pageToken))
        .willReturn(okJson("{\"reviews\": [%s], \"nextPageToken\": \"%s\"}".formatted(String.join(",", reviews),
            nextPageToken))));
  }

}
