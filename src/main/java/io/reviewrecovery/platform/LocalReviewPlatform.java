package io.reviewrecovery.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Local posting: nothing leaves the machine. The reply is in the communication log, which the case
 * API shows, so the demo runs without any platform account.
 */
@Component
@Profile("local")
public class LocalReviewPlatform implements ReviewPlatform {

  private static final Logger LOG = LoggerFactory.getLogger(LocalReviewPlatform.class);

  @Override
  public void postPublicReply(PlatformReview review, String text) {
    LOG.info("Public reply to {} review {} kept locally ({} characters)", review.platform(), review.platformReviewId(),
        text.length());
  }
}
