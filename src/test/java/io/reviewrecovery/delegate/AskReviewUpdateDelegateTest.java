package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.cases.CaseStartGuard;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.review.Channel;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Ask customer to update review" needs the case's reviewer and the channel of the outreach, nothing of the proposal. */
@ReviewRecoveryTest
class AskReviewUpdateDelegateTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CommunicationLog communicationLog;

  @Test
  void asksThroughTheChannelOfTheOutreach_withoutReadingTheProposal() {
    String reviewId = "update-" + UUID.randomUUID();
    ProcessInstance instance = CaseStartGuard.startThroughTheIntake(() -> runtimeService
        .createProcessInstanceByKey(ReviewRecoveryProcess.PROCESS_ID)
        .businessKey("google:" + reviewId)
        .setVariable(PLATFORM.name(), "google")
        .setVariable(PLATFORM_REVIEW_ID.name(), reviewId)
        .setVariable(REVIEWER_NAME.name(), "Jane Doe")
        .setVariable(OUTREACH_CHANNEL.name(), Channel.PLATFORM_MESSAGE.name())
        .startBeforeActivity(ReviewRecoveryProcess.TASK_ASK_REVIEW_UPDATE)
        .execute());

    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(ReviewRecoveryProcess.TASK_ASK_REVIEW_UPDATE).singleResult().getId());

    assertThat(communicationLog.forCase(instance.getBusinessKey())).singleElement().satisfies(request -> {
      assertThat(request.kind()).isEqualTo(CommunicationKind.UPDATE_REQUEST);
      assertThat(request.channel()).isEqualTo(Channel.PLATFORM_MESSAGE);
    });
  }
}
