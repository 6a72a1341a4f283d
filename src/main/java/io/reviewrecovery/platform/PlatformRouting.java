package io.reviewrecovery.platform;

import io.reviewrecovery.config.Routes;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Hands each post to the adapter of the review's platform ({@link Routes}). In the {@code local}
 * profile a platform without an enabled adapter keeps the reply on the machine (in the
 * communication log, which the case API shows); in any other profile that is an error, and the job
 * that tried to post becomes an incident instead of pretending to post.
 */
@Component
public class PlatformRouting implements ReviewPlatform {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformRouting.class);

  private final Routes<Platform, PlatformAdapter> adapters;

  public PlatformRouting(List<PlatformAdapter> enabled, Environment environment) {
    this.adapters = new Routes<>(Platform.class, PlatformAdapter::platform, enabled, "adapters", environment);
    LOG.info("Public replies: {}", adapters.describe(List.of(Platform.values()), Platform::displayName));
  }

  @Override
  public void postPublicReply(PlatformReview review, String text) {
    Platform platform = Platform.fromCode(review.platform())
        .orElseThrow(() -> new IllegalArgumentException("Unknown platform '" + review.platform() + "'"));
    adapters.to(platform, () -> new IllegalStateException(platform.displayName() + " is not enabled, so the public "
            + "reply to review " + review.platformReviewId() + " cannot be posted; enable it with "
            + PlatformProperties.environmentVariable(platform, "enabled") + "=true and its credentials"))
        .ifPresentOrElse(adapter -> adapter.postPublicReply(review, text),
            () -> LOG.info("Public reply to {} review {} kept locally ({} characters)", platform.displayName(),
                review.platformReviewId(), text.length()));
  }
}
