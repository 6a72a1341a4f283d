package io.reviewrecovery.platform;

import static io.reviewrecovery.process.ReviewRecoveryProcess.END_REVIEW_REMOVED_BY_PLATFORM;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_POST_PUBLIC_REPLY;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_PLATFORM_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.review.Platform;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
  HistoryService historyService;
  @Autowired
  CommunicationLog communications;

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
    startWaiting(first);
    startWaiting(second);

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
    assertThat(endedAt(second)).isEqualTo(END_REVIEW_REMOVED_BY_PLATFORM);
  }

  private ProcessInstance caseWaitingSoon() {
    return caseAt(TASK_POST_PUBLIC_REPLY, "google", newReviewId(), Map.of());
  }

  /** A removal reported while the case does not wait for it (it is about to post its reply): kept. */
  private String removal(ProcessInstance instance) {
    String reviewId = instance.getBusinessKey().substring("google:".length());
    String eventId = "evt-removed-" + reviewId;
    assertThat(inbox.receiveChange(Platform.GOOGLE, eventId, reviewId, PlatformEventType.REVIEW_REMOVED).state())
        .isEqualTo(PlatformEventInbox.State.PENDING);
    return eventId;
  }

  private void startWaiting(ProcessInstance instance) {
    runtimeService.createProcessInstanceModification(instance.getId())
        .cancelAllForActivity(TASK_POST_PUBLIC_REPLY).startBeforeActivity(TASK_RECORD_PLATFORM_DECISION).execute();
  }

  private String state(String eventId) {
    return jdbc.queryForObject("select state from platform_event where event_id = ?", String.class, eventId);
  }

  private String endedAt(ProcessInstance instance) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId();
  }
}
