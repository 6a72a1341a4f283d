package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.platform.PlatformReports;
import io.reviewrecovery.process.CaseData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When "Report review to platform" is created: prepares the report text for the assessor. */
@Component
public class DraftPlatformReportListener implements TaskListener {

  private final PlatformReports reports;

  public DraftPlatformReportListener(PlatformReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    PlatformReports.ReportedReview review = new PlatformReports.ReportedReview(
        PLATFORM.required(task), PLATFORM_REVIEW_ID.required(task), REVIEW_URL.from(task), REVIEW_RATING.required(task),
        CaseData.reviewDate(task).toString(), REVIEWER_NAME.required(task), REVIEW_TEXT.required(task),
        Boolean.TRUE.equals(REVIEWER_VERIFIED.from(task)));
    PLATFORM_REPORT_TEXT.set(task, reports.draft(review, CaseData.violationReasons(task), VIOLATION_EVIDENCE.from(task)));
  }
}
