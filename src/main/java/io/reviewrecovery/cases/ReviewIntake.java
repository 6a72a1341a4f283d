package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reviewrecovery.process.CaseLogContext;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.process.VariableValues;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one process instance per platform review: the one door into the process
 * ({@link CaseStartGuard} refuses every other start). The case register's primary key makes a second
 * start impossible even when the same review arrives twice at the same moment: the later
 * transaction fails on the key, rolls its process instance back, and answers with the first case.
 * Each case it starts counts in the metric {@value #CASES_RECEIVED}, by platform.
 */
@Service
public class ReviewIntake {

  /** Cases started, by platform (tag {@code platform}: google, trustpilot, yelp). */
  public static final String CASES_RECEIVED = "reviewrecovery.cases.received";

  private static final Logger LOG = LoggerFactory.getLogger(ReviewIntake.class);

  private final RuntimeService runtimeService;
  private final ReviewCases cases;
  private final TransactionTemplate transaction;
  private final MeterRegistry meters;

  public ReviewIntake(RuntimeService runtimeService, ReviewCases cases, TransactionTemplate transaction,
      MeterRegistry meters) {
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.transaction = transaction;
    this.meters = meters;
  }

  public Intake receive(NewReview review) {
    String businessKey = review.businessKey();
    try (var logContext = CaseLogContext.of(businessKey)) {
      var known = cases.find(businessKey);
      if (known.isPresent()) {
        return new Intake(known.get(), false);
      }
      try {
        ReviewCase started = transaction.execute(status -> start(review));
        received(started.platform()).increment();
        LOG.info("Case {}: started for a {}-star review", businessKey, review.rating());
        return new Intake(started, true);
      } catch (DuplicateKeyException alreadyStarted) {
        LOG.info("Case {}: the review arrived twice at once; the first intake keeps it", businessKey);
        return new Intake(cases.find(businessKey).orElseThrow(), false);
      }
    }
  }

  private Counter received(String platform) {
    return Counter.builder(CASES_RECEIVED).description("Cases started, one per negative review")
        .tag("platform", platform.toLowerCase(Locale.ROOT)).register(meters);
  }

  private ReviewCase start(NewReview review) {
    VariableMap variables = VariableValues.with(PLATFORM, review.platform())
        .and(PLATFORM_REVIEW_ID, review.platformReviewId())
        .and(REVIEW_RATING, review.rating())
        .and(REVIEW_TEXT, review.text().strip())
        .and(REVIEWER_NAME, review.reviewerName().strip())
        .and(REVIEWER_EMAIL, blankToNull(review.reviewerEmail()))
        .and(ORDER_REFERENCE, blankToNull(review.orderReference()))
        .and(REVIEW_URL, blankToNull(review.reviewUrl()))
        .and(REVIEW_PUBLISHED_AT, Date.from(review.publishedAt()))
        .asVariableMap();
    ProcessInstance instance = CaseStartGuard.startThroughTheIntake(() -> runtimeService.startProcessInstanceByKey(
        ReviewRecoveryProcess.PROCESS_ID, review.businessKey(), variables));
    ReviewCase reviewCase = new ReviewCase(review.businessKey(), review.platform(), review.platformReviewId(),
        instance.getId(), ClockUtil.getCurrentTime().toInstant());
    cases.add(reviewCase, review.reviewerName().strip());
    return reviewCase;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The case of the review, and whether this call started it. */
  public record Intake(ReviewCase reviewCase, boolean started) {
  }
}
