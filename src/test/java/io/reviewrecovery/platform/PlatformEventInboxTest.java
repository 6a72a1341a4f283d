package io.reviewrecovery.platform;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_POST_PUBLIC_REPLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.cases.CaseOutcome;
import io.reviewrecovery.cases.CaseTimelines;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.review.Platform;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox's own rules, beyond what the webhook and poller tests show. */
class PlatformEventInboxTest extends PlatformIntegrationTest {

  @Autowired
  PlatformEventInbox inbox;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  @Autowired
  Validator validator;
  @Autowired
  PlatformProperties properties;
  @Autowired
  CaseTimelines timelines;

  /**
   * The redelivery reads the pending events, and while it works on the first, the webhook's handler
   * (here the application's inbox) delivers the second. When the redelivery comes to the second, it
   * must not act on its stale copy: without the claim it found the case ended and marked the
   * delivered event DISCARDED.
   */
  @Test
  void twoHandlersOfOneEvent_onlyOneProceeds() {
    ProcessInstance first = caseWaitingSoon();
    ProcessInstance second = caseWaitingSoon();
    String firstEvent = removal(first);
    String secondEvent = removal(second);

    List<String> redeliveryTried = new ArrayList<>();
    PlatformEvents redeliveryEvents = new PlatformEvents(reviewCases, runtimeService) {
      @Override
      public boolean deliverIfWaiting(ReviewCase reviewCase, PlatformEventType event) {
        redeliveryTried.add(reviewCase.processInstanceId());
        if (reviewCase.processInstanceId().equals(first.getId())) {
          inbox.deliverWaiting();
        }
        return super.deliverIfWaiting(reviewCase, event);
      }
    };
    PlatformEventInbox redelivery = new PlatformEventInbox(jdbc, json, validator, intake, reviewCases, redeliveryEvents,
        properties);

    redelivery.deliverWaiting();

    assertThat(redeliveryTried).contains(first.getId()).doesNotContain(second.getId());
    assertThat(state(firstEvent)).isEqualTo("HANDLED");
    assertThat(state(secondEvent)).as("delivered by the other handler, and left so").isEqualTo("HANDLED");
    assertThat(timelines.find(second.getBusinessKey()).orElseThrow().outcome()).isEqualTo(CaseOutcome.REVIEW_REMOVED_BY_REVIEWER);
  }

  private ProcessInstance caseWaitingSoon() {
    return caseAt(TASK_POST_PUBLIC_REPLY, "google", newReviewId(), Map.of());
  }

  /**
   * A removal received while its case could not take it: the correlation found the case moving on
   * by another way (what {@link PlatformEvents#deliverIfWaiting} reports then), so it is kept.
   */
  private String removal(ProcessInstance instance) {
    PlatformEvents caseMovingOn = new PlatformEvents(reviewCases, runtimeService) {
      @Override
      public boolean deliverIfWaiting(ReviewCase reviewCase, PlatformEventType event) {
        return false;
      }
    };
    PlatformEventInbox receiving = new PlatformEventInbox(jdbc, json, validator, intake, reviewCases, caseMovingOn, properties);
    String reviewId = instance.getBusinessKey().substring("google:".length());
    String eventId = "evt-removed-" + reviewId;
    assertThat(receiving.receiveChange(Platform.GOOGLE, eventId, reviewId, PlatformEventType.REVIEW_REMOVED).state())
        .isEqualTo(PlatformEventInbox.State.PENDING);
    return eventId;
  }

  private String state(String eventId) {
    return jdbc.queryForObject("select state from platform_event where event_id = ?", String.class, eventId);
  }

}
