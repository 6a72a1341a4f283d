package io.reviewrecovery.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.platform.OAuthCredentials;
import io.reviewrecovery.platform.PlatformAdapter;
import io.reviewrecovery.platform.PlatformHttp;
import io.reviewrecovery.platform.PlatformProperties;
import io.reviewrecovery.platform.PlatformTokenStates;
import io.reviewrecovery.platform.ReviewSource;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Trustpilot Service Reviews API for one business unit: replies as a business user, and lists the
 * business unit's reviews, with access tokens of the client credentials grant (the API key and
 * secret), obtained again before each expires. Posting a reply is not idempotent, and a call that timed out may still
 * have posted; so before posting, the review is read, and a reply that is already there is not
 * posted again. The review list can be ordered by creation only (not by update), so it finds new
 * reviews; an edit of an older review reaches a case through the webhook.
 */
@Component
@ConditionalOnProperty(prefix = "review-recovery.platforms.trustpilot", name = "enabled", havingValue = "true")
public class Trustpilot implements PlatformAdapter, ReviewSource {

  private static final Logger LOG = LoggerFactory.getLogger(Trustpilot.class);
  /** The most Trustpilot returns on one page. */
  static final int PAGE_SIZE = 100;
  private static final String REVIEWS = "/v1/private/business-units/{businessUnitId}/reviews";
  private static final String REVIEW = "/v1/reviews/{reviewId}";
  private static final String REVIEW_PAGE = "https://www.trustpilot.com/reviews/";
  /**
   * How far before the last poll each poll looks again. The listing is ordered by creation time
   * only, and a review can appear in it later than it was created (held for moderation), or in the
   * same second as the last one seen; reading such a review again costs nothing, since the poller
   * and the intake know it.
   */
  static final Duration LATE_ARRIVALS = Duration.ofHours(24);

  private final PlatformHttp http;
  private final String apiKey;
  private final String businessUserId;
  private final String businessUnitId;

  public Trustpilot(PlatformProperties properties, PlatformTokenStates tokenStates) {
    PlatformProperties.Trustpilot trustpilot = properties.trustpilot();
    this.http = new PlatformHttp(Platform.TRUSTPILOT, trustpilot.baseUrl(), OAuthCredentials.clientCredentials(
        Platform.TRUSTPILOT, trustpilot.tokenUri(), trustpilot.apiKey(), trustpilot.apiSecret(), properties.http(),
        tokenStates), properties.http());
    this.apiKey = properties.trustpilot().apiKey();
    this.businessUserId = properties.trustpilot().businessUserId();
    this.businessUnitId = properties.trustpilot().businessUnitId();
  }

  @Override
  public Platform platform() {
    return Platform.TRUSTPILOT;
  }

  @Override
  public void postPublicReply(PlatformReview review, String text) {
    String reviewId = review.platformReviewId();
    if (hasCompanyReply(reviewId)) {
      LOG.info("Trustpilot review {} already has our reply (an earlier attempt posted it); not posting again", reviewId);
      return;
    }
    http.call("post the public reply to review " + reviewId, rest -> rest.post()
        .uri("/v1/private/reviews/{reviewId}/reply", reviewId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("authorBusinessUserId", businessUserId, "message", text))
        .retrieve().toBodilessEntity());
  }

  private boolean hasCompanyReply(String reviewId) {
    JsonNode review = http.call("read review " + reviewId + " before replying", rest -> rest.get()
        .uri(REVIEW, reviewId)
        .header("apikey", apiKey)
        .retrieve().body(JsonNode.class));
    return review != null && review.path("companyReply").path("text").isTextual();
  }

  /**
   * The reviews created since {@link #LATE_ARRIVALS} before {@code since}, newest first, page by
   * page until one was created before that. A page shorter than {@link #PAGE_SIZE} is the last one.
   */
  @Override
  public List<ListedReview> reviewsChangedSince(Instant since) {
    Instant from = since.minus(LATE_ARRIVALS);
    List<ListedReview> created = new ArrayList<>();
    for (int page = 1; ; page++) {
      int number = page;
      JsonNode reviews = http.call("list the reviews of business unit " + businessUnitId, rest -> rest.get()
          .uri(uri -> uri.path(REVIEWS).queryParam("orderBy", "createdat.desc").queryParam("page", number)
              .queryParam("perPage", PAGE_SIZE).build(businessUnitId))
          .header("apikey", apiKey)
          .retrieve().body(JsonNode.class)).path("reviews");
      for (JsonNode review : reviews) {
        if (createdAt(review).isBefore(from)) {
          return created;
        }
        created.add(listed(review));
      }
      if (reviews.size() < PAGE_SIZE) {
        return created;
      }
    }
  }

  @Override
  public Optional<ListedReview> find(String platformReviewId) {
    ResponseEntity<JsonNode> answer = http.call("look up review " + platformReviewId, rest -> rest.get()
        .uri(REVIEW, platformReviewId)
        .header("apikey", apiKey)
        .retrieve().onStatus(status -> status.value() == 404, (request, notFound) -> { })
        .toEntity(JsonNode.class));
    return answer.getStatusCode().value() == 404 ? Optional.empty() : Optional.of(listed(answer.getBody()));
  }

  private static Instant createdAt(JsonNode review) {
    return Instant.parse(review.path("createdAt").asText());
  }

  /** The title is part of what the reviewer wrote, so the case's text starts with it. */
  private static ListedReview listed(JsonNode review) {
    String id = review.path("id").asText();
    String title = review.path("title").asText("").strip();
    String text = review.path("text").asText("").strip();
    Instant createdAt = createdAt(review);
    JsonNode updatedAt = review.path("updatedAt");
    return new ListedReview(
        id,
        review.path("stars").asInt(),
        title.isEmpty() ? text : title + "\n\n" + text,
        review.path("consumer").path("displayName").asText("A Trustpilot user"),
        REVIEW_PAGE + id,
        createdAt,
        updatedAt.isTextual() ? Instant.parse(updatedAt.asText()) : createdAt);
  }
}
