package io.reviewrecovery.platform;

import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.platform.ReviewSource.ListedReview;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.review.Platform;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pulls reviews from every enabled platform that can list them, and reports what it finds to the
 * {@link PlatformEventInbox} like a webhook would: a new review (the inbox starts a case when it is
 * negative), a review with a case whose rating rose, or whose wording changed at the same rating,
 * since the poller last saw it (ReviewUpdated; a lowered rating is no update that ends a case), and
 * the review of an open case that is gone (ReviewRemoved; a bounded number of open cases asked about
 * per poll). A review without a case is reported as new again each time it changes, so one
 * first rated well and lowered later starts its case then. Each platform's poll
 * continues after the newest change the previous poll handled, kept in the database, so a
 * restart neither starts over nor misses anything; event ids make a repeated poll harmless.
 */
@Component
public class ReviewPoller {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewPoller.class);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<ReviewSource> sources;
  private final PlatformEventInbox inbox;
  private final ReviewCases cases;
  private final JdbcTemplate jdbc;
  private final PlatformProperties.Polling polling;

  public ReviewPoller(List<ReviewSource> sources, PlatformEventInbox inbox, ReviewCases cases, JdbcTemplate jdbc,
      PlatformProperties properties) {
    this.sources = sources;
    this.inbox = inbox;
    this.cases = cases;
    this.jdbc = jdbc;
    this.polling = properties.polling();
  }

  /** Polls every platform once; a platform that fails is logged and tried again next time. */
  public void pollAll() {
    for (ReviewSource source : sources) {
      try {
        poll(source);
      } catch (JobFailure failed) {
        LOG.warn("Polling {} failed; next poll tries again: {}", source.platform().displayName(), failed.getMessage());
      }
    }
  }

  void poll(ReviewSource source) {
    Platform platform = source.platform();
    Instant since = lastUpdate(platform).orElseGet(() -> Instant.now().minus(polling.initialLookback()));
    List<ListedReview> changed = source.reviewsChangedSince(since).stream()
        .sorted(Comparator.comparing(ListedReview::updatedAt)).toList();
    for (ListedReview review : changed) {
      report(platform, review);
    }
    reportRemovals(source);
    Instant newest = changed.isEmpty() ? since : changed.get(changed.size() - 1).updatedAt();
    remember(platform, newest);
    LOG.info("Polled {}: {} reviews changed since {}", platform.displayName(), changed.size(), since);
  }

  private void report(Platform platform, ListedReview review) {
    String reviewId = review.platformReviewId();
    Optional<ReviewCase> known = cases.find(ReviewCase.businessKey(platform.code(), reviewId));
    Optional<Baseline> seen = baseline(platform, reviewId);
    Baseline listed = new Baseline(review.rating(), textHash(review.text()));
    try {
      if (known.isEmpty()) {
        inbox.receiveNewReview(platform, "poll:new:" + reviewId + ":" + review.updatedAt(), new NewReview(platform.code(),
            reviewId, review.rating(), review.text(), review.reviewerName(), null, null, review.reviewUrl(),
            review.publishedAt()));
      } else if (seen.isEmpty()) {
        LOG.info("Case {}: first seen by the poller; its rating and text are the baseline for later updates",
            known.get().businessKey());
      } else if (listed.rating() > seen.get().rating()
          || listed.rating() == seen.get().rating() && !listed.textSha256().equals(seen.get().textSha256())) {
        inbox.receiveChange(platform, "poll:updated:" + reviewId + ":" + review.updatedAt(), reviewId,
            PlatformEventType.REVIEW_UPDATED);
      }
    } catch (IllegalArgumentException unusable) {
      LOG.warn("{} review {} cannot start a case: {}", platform.displayName(), reviewId, unusable.getMessage());
    }
    rememberBaseline(platform, reviewId, listed);
  }

  /**
   * What the poller last saw of a review. A case's own copy is not compared: it may have come from
   * the API or a webhook, worded or spaced as that sender wrote it.
   */
  private record Baseline(int rating, String textSha256) {
  }

  private Optional<Baseline> baseline(Platform platform, String reviewId) {
    return jdbc.query("select rating, text_sha256 from platform_review_baseline where platform = ? and platform_review_id = ?",
        (row, n) -> new Baseline(row.getInt(1), row.getString(2)), platform.code(), reviewId).stream().findFirst();
  }

  private void rememberBaseline(Platform platform, String reviewId, Baseline seen) {
    int updated = jdbc.update(
        "update platform_review_baseline set rating = ?, text_sha256 = ? where platform = ? and platform_review_id = ?",
        seen.rating(), seen.textSha256(), platform.code(), reviewId);
    if (updated == 0) {
      jdbc.update("insert into platform_review_baseline (platform, platform_review_id, rating, text_sha256) values (?, ?, ?, ?)",
          platform.code(), reviewId, seen.rating(), seen.textSha256());
    }
  }

  /** Wording counts, spacing does not: runs of whitespace are one space, and none at either end. */
  private static String textHash(String text) {
    String normalised = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }

  /**
   * Asks whether the reviews of this platform's open cases are still published: a bounded number
   * per poll, those asked about longest ago first, so a removal is noticed at any step of a case
   * without a lookup of every open case on every poll.
   */
  private void reportRemovals(ReviewSource source) {
    Platform platform = source.platform();
    for (String reviewId : cases.nextPresenceChecks(platform.code(), polling.presenceChecksPerPoll(), Instant.now())) {
      if (source.find(reviewId).isEmpty()) {
        inbox.receiveChange(platform, "poll:removed:" + reviewId, reviewId, PlatformEventType.REVIEW_REMOVED);
      }
    }
  }

  private Optional<Instant> lastUpdate(Platform platform) {
    return jdbc.query("select last_update_time from platform_poll_state where platform = ?",
        (row, n) -> row.getTimestamp(1).toInstant(), platform.code()).stream().findFirst();
  }

  private void remember(Platform platform, Instant newest) {
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.update("update platform_poll_state set last_update_time = ?, polled_at = ? where platform = ?",
        Timestamp.from(newest), now, platform.code());
    if (updated == 0) {
      jdbc.update("insert into platform_poll_state (platform, last_update_time, polled_at) values (?, ?, ?)",
          platform.code(), Timestamp.from(newest), now);
    }
  }
}
