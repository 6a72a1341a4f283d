package io.reviewrecovery.cases;

import java.time.Instant;

/** The one case of a platform review: which process instance handles it, since when. */
public record ReviewCase(
    String businessKey,
    String platform,
    String platformReviewId,
    String processInstanceId,
    Instant receivedAt) {

  /** {@code <platform>:<platformReviewId>}, the business key of the process instance. */
  public static String businessKey(String platform, String platformReviewId) {
    return platform + ":" + platformReviewId;
  }
}
