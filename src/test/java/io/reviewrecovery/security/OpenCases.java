package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

/** Cases for the access tests, started through the intake as the application (no user). */
class OpenCases {

  private final ReviewIntake intake;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;

  OpenCases(ApplicationContext application) {
    this.intake = application.getBean(ReviewIntake.class);
    this.managementService = application.getBean(ManagementService.class);
    this.runtimeService = application.getBean(RuntimeService.class);
  }

  /** A new case, waiting at the reputation team's assessment of the terms; its process instance id. */
  String atTermsAssessment() {
    String reviewId = "security-" + UUID.randomUUID();
    NewReview review = new NewReview("google", reviewId, 1, "Stale bread, rude staff.", "Nobody On Record",
        "nobody.on.record@example.net", null, null, Instant.now().minus(1, ChronoUnit.HOURS));
    String processInstanceId = intake.receive(review).reviewCase().processInstanceId();
    managementService.createJobQuery().processInstanceId(processInstanceId).executable().list().stream()
        .map(Job::getId).forEach(managementService::executeJob);
    assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly(ReviewRecoveryProcess.TASK_ASSESS_TERMS);
    return processInstanceId;
  }
}
