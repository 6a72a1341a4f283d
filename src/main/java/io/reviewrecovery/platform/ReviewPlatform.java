package io.reviewrecovery.platform;

/**
 * Posts to a review platform. Callers go through {@link PublicReplies}, which makes every post
 * happen at most once.
 */
public interface ReviewPlatform {

  void postPublicReply(PlatformReview review, String text);
}
