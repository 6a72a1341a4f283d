package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.review.PlatformReview;
import io.reviewrecovery.review.Proposal;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.Reviewer;
import io.reviewrecovery.review.TermsViolationReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the business objects of a case from its process variables. */
public final class CaseData {

  private CaseData() {
  }

  /** The email is the one the reviewer shared through the platform, else the one they gave staff later. */
  public static Reviewer reviewer(String businessKey, VariableScope scope) {
    String email = REVIEWER_EMAIL.from(scope);
    return new Reviewer(businessKey, PLATFORM.required(scope), PLATFORM_REVIEW_ID.required(scope),
        REVIEWER_NAME.required(scope), email != null ? email : REVIEWER_CONTACT_EMAIL.from(scope), CUSTOMER_ID.from(scope),
        REVIEWER_CONTACT_PHONE.from(scope));
  }

  public static Reviewer reviewer(DelegateExecution execution) {
    return reviewer(execution.getProcessBusinessKey(), execution);
  }

  public static PlatformReview platformReview(VariableScope scope) {
    return new PlatformReview(PLATFORM.required(scope), PLATFORM_REVIEW_ID.required(scope));
  }

  /** The day the review was published, in UTC. */
  public static LocalDate reviewDate(VariableScope scope) {
    return REVIEW_PUBLISHED_AT.required(scope).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  public static Proposal proposal(VariableScope scope) {
    RemedyType remedy = REMEDY_TYPE.required(scope);
    boolean refund = remedy == RemedyType.REFUND;
    return new Proposal(
        PROPOSAL_COUNT.required(scope),
        OUTREACH_CHANNEL.required(scope),
        APOLOGY_MESSAGE.required(scope),
        remedy,
        REMEDY_DETAILS.from(scope),
        refund ? BigDecimal.valueOf(REFUND_AMOUNT.required(scope)) : null,
        refund ? REFUND_DATE.required(scope) : null);
  }

  /** The reasons ticked on the assessment form, none when none were; unknown values fail. */
  public static List<TermsViolationReason> violationReasons(VariableScope scope) {
    List<TermsViolationReason> reasons = VIOLATION_REASONS.from(scope);
    return reasons == null ? List.of() : reasons;
  }
}
