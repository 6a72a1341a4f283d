package io.reviewrecovery.platform;

import io.reviewrecovery.review.PlatformReview;

/**
 * Posts to a review platform. Callers go through {@link PublicReplies}, which makes every post
 * happen at most once; {@link PlatformRouting} hands each post to the adapter of its platform.
 */
public interface ReviewPlatform {

  void postPublicReply(PlatformReview review, String text);
}
