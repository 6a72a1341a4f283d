package io.reviewrecovery.platform.google;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.platform.OAuthCredentials;
import io.reviewrecovery.platform.PlatformAdapter;
import io.reviewrecovery.platform.PlatformHttp;
import io.reviewrecovery.platform.PlatformProperties;
import io.reviewrecovery.platform.PlatformTokenStates;
import io.reviewrecovery.platform.ReviewSource;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Google Business Profile API (v4) for one location: posts replies and lists reviews, with access
 * tokens renewed from the configured refresh token. Replying is an upsert ({@code PUT .../reply}), so a retried call cannot post twice.
 */
@Component
@ConditionalOnProperty(prefix = "review-recovery.platforms.google", name = "enabled", havingValue = "true")
public class GoogleBusinessProfile implements PlatformAdapter, ReviewSource {

  private static final int PAGE_SIZE = 50;
  private static final String REVIEWS = "/v4/accounts/{accountId}/locations/{locationId}/reviews";
  private static final List<String> STAR_RATINGS = List.of("ONE", "TWO", "THREE", "FOUR", "FIVE");

  private final PlatformHttp http;
  private final String accountId;
  private final String locationId;

  public GoogleBusinessProfile(PlatformProperties properties, PlatformTokenStates tokenStates) {
    PlatformProperties.Google google = properties.google();
    this.http = new PlatformHttp(Platform.GOOGLE, google.baseUrl(), OAuthCredentials.refreshToken(Platform.GOOGLE,
        google.tokenUri(), google.clientId(), google.clientSecret(), google.refreshToken(), properties.http(),
        tokenStates), properties.http());
    this.accountId = properties.google().accountId();
    this.locationId = properties.google().locationId();
  }

  @Override
  public Platform platform() {
    return Platform.GOOGLE;
  }

  @Override
  public void postPublicReply(PlatformReview review, String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Platform.MAX_REPLY_BYTES) {
      throw JobFailure.refused("The public reply to Google review %s has %d bytes (UTF-8); Google accepts at most %d. Shorten it."
          .formatted(review.platformReviewId(), bytes, Platform.MAX_REPLY_BYTES));
    }
    http.call("post the public reply to review " + review.platformReviewId(), rest -> rest.put()
        .uri(REVIEWS + "/{reviewId}/reply", accountId, locationId, review.platformReviewId())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("comment", text))
        .retrieve().toBodilessEntity());
  }

  @Override
  public List<ListedReview> reviewsChangedSince(Instant since) {
    List<ListedReview> changed = new ArrayList<>();
    String pageToken = "";
    do {
      String token = pageToken;
      JsonNode page = http.call("list reviews", rest -> rest.get()
          .uri(uri -> uri.path(REVIEWS).queryParam("pageSize", PAGE_SIZE).queryParam("orderBy", "updateTime desc")
              .queryParam("pageToken", token).build(accountId, locationId))
          .retrieve().body(JsonNode.class));
      for (JsonNode review : page.path("reviews")) {
        ListedReview listed = listed(review);
        if (!listed.updatedAt().isAfter(since)) {
          return changed;
        }
        changed.add(listed);
      }
      pageToken = page.path("nextPageToken").asText("");
    } while (!pageToken.isEmpty());
    return changed;
  }

  @Override
  public Optional<ListedReview> find(String platformReviewId) {
    ResponseEntity<JsonNode> answer = http.call("look up review " + platformReviewId, rest -> rest.get()
        .uri(REVIEWS + "/{reviewId}", accountId, locationId, platformReviewId)
        .retrieve().onStatus(status -> status.value() == 404, (request, notFound) -> { })
        .toEntity(JsonNode.class));
    return answer.getStatusCode().value() == 404 ? Optional.empty() : Optional.of(listed(answer.getBody()));
  }

  private static ListedReview listed(JsonNode review) {
    String comment = review.path("comment").asText("").strip();
    return new ListedReview(
        review.path("reviewId").asText(),
        STAR_RATINGS.indexOf(review.path("starRating").asText()) + 1,
        comment.isEmpty() ? "(The reviewer gave a rating without text.)" : comment,
        review.path("reviewer").path("displayName").asText("A Google user"),
        null,
        Instant.parse(review.path("createTime").asText()),
        Instant.parse(review.path("updateTime").asText()));
  }
}
