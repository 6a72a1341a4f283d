package io.reviewrecovery.platform;

import io.reviewrecovery.cases.CaseTimelines;
import io.reviewrecovery.cases.FinalReview;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.review.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks a case's review up again some time after the case ended with a public reply, and keeps what
 * it found for the outcomes: still published with its rating now, removed, or unknown where no
 * enabled platform adapter can look reviews up (Yelp's API cannot; the {@code local} profile has no
 * platform at all).
 */
@Component
public class ReviewRecheck {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewRecheck.class);

  private final List<ReviewSource> sources;
  private final CaseTimelines timelines;

  public ReviewRecheck(List<ReviewSource> sources, CaseTimelines timelines) {
    this.sources = sources;
    this.timelines = timelines;
  }

  /**
   * @throws JobFailure when the platform could not be asked; the step is retried
   */
  public FinalReview recheck(String businessKey, String platformCode, String platformReviewId, int ratingAtIntake) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Optional<Platform> platform = Platform.fromCode(platformCode);
    Optional<ReviewSource> source = platform.flatMap(known -> sources.stream()
        .filter(candidate -> candidate.platform() == known).findFirst());
    FinalReview found = source
        .map(connected -> connected.find(platformReviewId)
            .map(review -> FinalReview.published(ratingAtIntake, review.rating(), now))
            .orElseGet(() -> FinalReview.removed(ratingAtIntake, now)))
        .orElseGet(() -> FinalReview.unknown(ratingAtIntake, now, "%s reviews cannot be looked up: no enabled adapter lists them"
            .formatted(platform.map(Platform::displayName).orElse(platformCode))));
    timelines.keepFinalReview(businessKey, found);
    LOG.info("Case {}: review looked up again after the public reply: {}{}", businessKey, found.state(),
        found.rating() != null ? " (" + found.rating() + " stars, " + ratingAtIntake + " at intake)"
            : found.why() != null ? " (" + found.why() + ")" : "");
    return found;
  }
}
