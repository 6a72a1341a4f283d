package io.reviewrecovery.platform;

import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;

/**
 * One review platform's API, for the platform-independent {@link ReviewPlatform}. Only enabled
 * platforms have an adapter bean.
 */
public interface PlatformAdapter {

  Platform platform();

  /**
   * Posts the reply publicly under the review. Called at most once per case by
   * {@link PublicReplies}; an adapter whose platform would post twice on a retried call makes sure
   * it does not: it looks for its reply first, or, where the platform cannot show it, it does not
   * let a call that got no answer be retried ({@link PlatformHttp#callOnce}).
   *
   * @throws JobFailure when the platform did not take the reply
   */
  void postPublicReply(PlatformReview review, String text);
}
