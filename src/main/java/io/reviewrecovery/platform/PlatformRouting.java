package io.reviewrecovery.platform;

import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Hands each post to the adapter of the review's platform. In the {@code local} profile a platform
 * without an enabled adapter keeps the reply on the machine (in the communication log, which the
 * case API shows), so the demo needs no platform account; in any other profile that is an error,
 * and the job that tried to post becomes an incident instead of pretending to post.
 */
@Component
public class PlatformRouting implements ReviewPlatform {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformRouting.class);

  private final Map<Platform, PlatformAdapter> adapters = new EnumMap<>(Platform.class);
  private final boolean keepLocally;

  public PlatformRouting(List<PlatformAdapter> enabled, Environment environment) {
    for (PlatformAdapter adapter : enabled) {
      if (adapters.putIfAbsent(adapter.platform(), adapter) != null) {
        throw new IllegalStateException("Two adapters for " + adapter.platform() + ": "
            + adapters.get(adapter.platform()).getClass().getSimpleName() + " and " + adapter.getClass().getSimpleName());
      }
    }
    this.keepLocally = environment.acceptsProfiles(Profiles.of("local"));
    LOG.info("Public replies: {}", Arrays.stream(Platform.values())
        .map(platform -> platform.displayName() + " by " + (adapters.containsKey(platform)
            ? adapters.get(platform).getClass().getSimpleName() : keepLocally ? "nobody (kept locally)" : "nothing (not enabled)"))
        .toList());
  }

  @Override
  public void postPublicReply(PlatformReview review, String text) {
    Platform platform = Platform.fromCode(review.platform())
        .orElseThrow(() -> new IllegalArgumentException("Unknown platform '" + review.platform() + "'"));
    PlatformAdapter adapter = adapters.get(platform);
    if (adapter != null) {
      adapter.postPublicReply(review, text);
    } else if (keepLocally) {
      LOG.info("Public reply to {} review {} kept locally ({} characters)", platform.displayName(),
          review.platformReviewId(), text.length());
    } else {
      throw new IllegalStateException(platform.displayName() + " is not enabled, so the public reply to review "
          + review.platformReviewId() + " cannot be posted; enable it with "
          + PlatformProperties.environmentVariable(platform, "enabled") + "=true and its credentials");
    }
  }
}
