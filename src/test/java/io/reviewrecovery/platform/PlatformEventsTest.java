package io.reviewrecovery.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.process.PlatformEventType;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A case that another correlation moves on at the same moment: the engine notices only when it
 * writes, with an {@link OptimisticLockingException}. That is "not waiting (any more)", not a failure.
 */
class PlatformEventsTest {

  private static final ReviewCase CASE = new ReviewCase("google:review-1", "google", "review-1", "instance-1", Instant.now());

  private final RuntimeService runtimeService = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  private final ReviewCases cases = mock(ReviewCases.class);
  private final PlatformEvents platformEvents = new PlatformEvents(cases, runtimeService);

  @Test
  void aConcurrentCorrelationIsNotTaken_andTheCaseApiAnswers409() {
    when(cases.find(CASE.businessKey())).thenReturn(Optional.of(CASE));
    when(runtimeService.createEventSubscriptionQuery().processInstanceId(anyString()).eventType(anyString())
        .eventName(anyString()).count()).thenReturn(1L);
    when(runtimeService.createMessageCorrelation(anyString()).processInstanceId(anyString()).correlateWithResult())
        .thenThrow(new OptimisticLockingException("the execution was updated by another transaction concurrently"));
    when(runtimeService.createProcessInstanceQuery().processInstanceId(anyString()).count()).thenReturn(1L); // the case is open

    assertThat(platformEvents.deliverIfWaiting(CASE, PlatformEventType.REVIEW_UPDATED)).isFalse();
    assertThatThrownBy(() -> platformEvents.deliver(CASE.businessKey(), PlatformEventType.REVIEW_UPDATED))
        .isInstanceOfSatisfying(ErrorResponseException.class,
            conflict -> assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
  }
}
