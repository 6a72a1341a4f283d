package io.reviewrecovery.platform;

import io.reviewrecovery.cases.CaseProblems;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.process.PlatformEventType;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.event.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Delivers what a platform reports about a review to the review's case. */
@Service
public class PlatformEvents {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformEvents.class);

  private final ReviewCases cases;
  private final RuntimeService runtimeService;

  public PlatformEvents(ReviewCases cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  /**
   * Delivers the event to its case, which watches its review for the whole case. An event for a case
   * that has ended is noted, not refused: the review's fate no longer changes the case.
   *
   * @throws org.springframework.web.ErrorResponseException 404 for an unknown case, 409 when the
   *     open case is not waiting for the event at this moment (nothing changes then)
   */
  public void deliver(String businessKey, PlatformEventType event) {
    ReviewCase reviewCase = cases.find(businessKey).orElseThrow(() -> CaseProblems.noSuchCase(businessKey));
    if (deliverIfWaiting(reviewCase, event)) {
      return;
    }
    if (ended(reviewCase)) {
      LOG.info("Case {}: platform reported {} after the case ended; noted, the case stays as it ended",
          reviewCase.businessKey(), event);
      return;
    }
    throw CaseProblems.notWaitingFor(businessKey, event);
  }

  /** Whether the case has ended, with or without an outcome. */
  public boolean ended(ReviewCase reviewCase) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(reviewCase.processInstanceId()).count() == 0;
  }

  /**
   * @return whether the case was waiting for the event and took it; if not, nothing changed. That
   *     includes a case that moved on while this call correlated, whether before it (no match) or
   *     at the same moment (another correlation won): the caller may try again.
   */
  public boolean deliverIfWaiting(ReviewCase reviewCase, PlatformEventType event) {
    boolean waiting = runtimeService.createEventSubscriptionQuery()
        .processInstanceId(reviewCase.processInstanceId())
        .eventType(EventType.MESSAGE.name())
        .eventName(event.messageName())
        .count() > 0;
    if (!waiting) {
      return false;
    }
    try {
      runtimeService.createMessageCorrelation(event.messageName())
          .processInstanceId(reviewCase.processInstanceId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException movedOnMeanwhile) {
      LOG.info("Case {}: moved on while {} was delivered; not taken", reviewCase.businessKey(), event);
      return false;
    }
    LOG.info("Case {}: platform reported {}", reviewCase.businessKey(), event);
    return true;
  }
}
