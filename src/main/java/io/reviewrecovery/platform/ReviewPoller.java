package io.reviewrecovery.platform;

import static io.reviewrecovery.process.ReviewVariables.REVIEW_RATING;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_TEXT;

import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.PlatformEventInbox;
import io.reviewrecovery.cases.PlatformEventType;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.platform.ReviewSource.ListedReview;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pulls reviews from every enabled platform that can list them, and reports what it finds to the
 * {@link PlatformEventInbox} like a webhook would: a new review (the inbox starts a case when it is
 * negative), a known review whose rating rose or whose text changed (ReviewUpdated), and a review
 * gone while its case waits for the platform's decision (ReviewRemoved). Each platform's poll
 * continues after the newest change the previous poll handled, kept in the database, so a
 * restart neither starts over nor misses anything; event ids make a repeated poll harmless.
 */
@Component
public class ReviewPoller {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewPoller.class);

  private final List<ReviewSource> sources;
  private final PlatformEventInbox inbox;
  private final ReviewCases cases;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;
  private final PlatformProperties.Polling polling;

  public ReviewPoller(List<ReviewSource> sources, PlatformEventInbox inbox, ReviewCases cases,
      HistoryService historyService, RuntimeService runtimeService, JdbcTemplate jdbc, PlatformProperties properties) {
    this.sources = sources;
    this.inbox = inbox;
    this.cases = cases;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
    this.polling = properties.polling();
  }

  /** Polls every platform once; a platform that fails is logged and tried again next time. */
  public void pollAll() {
    for (ReviewSource source : sources) {
      try {
        poll(source);
      } catch (PlatformCallFailed failed) {
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
    Optional<ReviewCase> known = cases.find(ReviewCase.businessKey(platform.code(), review.platformReviewId()));
    try {
      if (known.isEmpty()) {
        inbox.receiveNewReview(platform, "poll:new:" + review.platformReviewId(), new NewReview(platform.code(),
            review.platformReviewId(), review.rating(), review.text(), review.reviewerName(), null, null,
            review.reviewUrl(), review.publishedAt()));
      } else if (changedSinceIntake(known.get(), review)) {
        inbox.receiveChange(platform, "poll:updated:" + review.platformReviewId() + ":" + review.updatedAt(),
            review.platformReviewId(), PlatformEventType.REVIEW_UPDATED);
      }
    } catch (IllegalArgumentException unusable) {
      LOG.warn("{} review {} cannot start a case: {}", platform.displayName(), review.platformReviewId(),
          unusable.getMessage());
    }
  }

  /** Rated higher, or reworded, than when its case started. */
  private boolean changedSinceIntake(ReviewCase reviewCase, ListedReview review) {
    Map<String, Object> received = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(reviewCase.processInstanceId())
        .variableNameIn(REVIEW_RATING.name(), REVIEW_TEXT.name())
        .list().stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
    Object rating = received.get(REVIEW_RATING.name());
    boolean ratedHigher = rating instanceof Number number && review.rating() > number.intValue();
    return ratedHigher || !review.text().strip().equals(received.get(REVIEW_TEXT.name()));
  }

  /** Asks about each review of this platform whose case waits for the platform to remove it. */
  private void reportRemovals(ReviewSource source) {
    Platform platform = source.platform();
    List<String> waiting = runtimeService.createEventSubscriptionQuery()
        .eventType(EventType.MESSAGE.name())
        .eventName(ReviewRecoveryProcess.MESSAGE_REVIEW_REMOVED)
        .list().stream().map(EventSubscription::getProcessInstanceId).distinct().toList();
    for (String processInstanceId : waiting) {
      var instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
      if (instance == null || !instance.getBusinessKey().startsWith(platform.code() + ":")) {
        continue;
      }
      String reviewId = instance.getBusinessKey().substring(platform.code().length() + 1);
      if (!source.isPublished(reviewId)) {
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
