package io.reviewrecovery.platform.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.platform.Platform;
import io.reviewrecovery.platform.PlatformAdapter;
import io.reviewrecovery.platform.PlatformHttp;
import io.reviewrecovery.platform.PlatformProperties;
import io.reviewrecovery.platform.PlatformReview;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Trustpilot Service Reviews API: replies as a business user. Posting a reply is not idempotent,
 * and a call that timed out may still have posted; so before posting, the review is read, and a
 * reply that is already there is not posted again.
 */
@Component
@ConditionalOnProperty(prefix = "review-recovery.platforms.trustpilot", name = "enabled", havingValue = "true")
public class Trustpilot implements PlatformAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(Trustpilot.class);

  private final PlatformHttp http;
  private final String apiKey;
  private final String businessUserId;

  public Trustpilot(PlatformProperties properties) {
    this.http = new PlatformHttp(Platform.TRUSTPILOT, properties.trustpilot(), properties.http());
    this.apiKey = properties.trustpilot().apiKey();
    this.businessUserId = properties.trustpilot().businessUserId();
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
        .uri("/v1/reviews/{reviewId}", reviewId)
        .header("apikey", apiKey)
        .retrieve().body(JsonNode.class));
    return review != null && review.path("companyReply").path("text").isTextual();
  }
}
