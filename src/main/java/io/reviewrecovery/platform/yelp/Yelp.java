package io.reviewrecovery.platform.yelp;

import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.platform.PlatformAdapter;
import io.reviewrecovery.platform.PlatformCredentials;
import io.reviewrecovery.platform.PlatformHttp;
import io.reviewrecovery.platform.PlatformProperties;
import io.reviewrecovery.platform.PlatformReplyQuota;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Yelp Respond to Reviews API (a partner API): posts a {@code public_comment} as the business
 * owner. Yelp takes at most 20 comments per location and day; the 21st waits for the next day
 * (counted here, and also when Yelp itself answers {@code R2R_COMMENT_QUOTA_EXCEEDED}).
 *
 * <p>Yelp does not de-duplicate comments, and the API offers no way to read a review's comments
 * first. So a post Yelp did not answer is not retried: it may be on Yelp, and it keeps its slot of
 * the day. The incident asks the operator to look at the review before retrying the job.
 */
@Component
@ConditionalOnProperty(prefix = "review-recovery.platforms.yelp", name = "enabled", havingValue = "true")
public class Yelp implements PlatformAdapter {

  static final String QUOTA_EXCEEDED = "R2R_COMMENT_QUOTA_EXCEEDED";

  private final PlatformHttp http;
  private final PlatformReplyQuota quota;
  private final String businessId;
  private final int dailyLimit;
  private final ZoneId limitZone;

  public Yelp(PlatformProperties properties, PlatformReplyQuota quota) {
    this.http = new PlatformHttp(Platform.YELP, properties.yelp().baseUrl(),
        PlatformCredentials.fixed(properties.yelp().accessToken()), properties.http());
    this.quota = quota;
    this.businessId = properties.yelp().businessId();
    this.dailyLimit = properties.yelp().dailyReplyLimit();
    this.limitZone = properties.yelp().replyLimitZone();
  }

  @Override
  public Platform platform() {
    return Platform.YELP;
  }

  @Override
  public void postPublicReply(PlatformReview review, String text) {
    LocalDate today = LocalDate.now(limitZone);
    if (!quota.take(Platform.YELP, businessId, today, dailyLimit)) {
      throw limitReached("%d public replies for location %s today".formatted(dailyLimit, businessId), today);
    }
    String reviewId = review.platformReviewId();
    try {
      http.callOnce("post the public reply to review " + reviewId,
          "open review %s on Yelp and retry this job only if our reply is not there yet.".formatted(reviewId),
          rest -> rest.post()
              .uri("/reviews/v1/{reviewId}", reviewId)
              .contentType(MediaType.APPLICATION_JSON)
              .body(Map.of("response_text", text, "response_type", "public_comment"))
              .retrieve().toBodilessEntity(),
          error -> Optional.of(error).filter(e -> QUOTA_EXCEEDED.equals(e.code()))
              .map(e -> limitReached("Yelp answered " + QUOTA_EXCEEDED + " (" + e.message() + ")", today)));
    } catch (JobFailure failed) {
      if (!failed.outcomeUnknown()) {
        quota.giveBack(Platform.YELP, businessId, today);
      }
      throw failed;
    }
  }

  private JobFailure limitReached(String what, LocalDate today) {
    Instant nextDay = today.plusDays(1).atStartOfDay(limitZone).toInstant();
    return JobFailure.limitReached("Yelp allows %d public replies per location a day; used up: %s."
        .formatted(dailyLimit, what), nextDay);
  }
}
