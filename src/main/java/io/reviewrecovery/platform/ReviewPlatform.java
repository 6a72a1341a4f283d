package io.reviewrecovery.platform;

/**
 * Posts to a review platform. Callers go through {@link PublicReplies}, which makes every post
 * happen at most once; {@link PlatformRouting} hands each post to the adapter of its platform.
 */
public interface ReviewPlatform {

  void postPublicReply(PlatformReview review, String text);
}
