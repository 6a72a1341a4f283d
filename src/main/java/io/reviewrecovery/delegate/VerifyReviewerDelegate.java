package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.process.CaseData;
import io.reviewrecovery.verification.ReviewerClaim;
import io.reviewrecovery.verification.ReviewerVerification;
import io.reviewrecovery.verification.VerificationResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Verify reviewer": cross-references the reviewer with the transaction records. */
@Component
public class VerifyReviewerDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(VerifyReviewerDelegate.class);

  private final ReviewerVerification verification;

  public VerifyReviewerDelegate(ReviewerVerification verification) {
    this.verification = verification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VerificationResult result = verification.verify(new ReviewerClaim(
        REVIEWER_NAME.required(execution), REVIEWER_EMAIL.from(execution), ORDER_REFERENCE.from(execution),
        CaseData.reviewDate(execution)));
    REVIEWER_VERIFIED.set(execution, result.verified());
    REVIEWER_IS_CUSTOMER.set(execution, result.verified());
    VERIFICATION_FINDING.set(execution, result.finding());
    CUSTOMER_ID.set(execution, result.customerId());
    TRANSACTION_ID.set(execution, result.transactionId());
    CUSTOMER_PHONE.set(execution, result.customerPhone());
    CUSTOMER_HIGH_VALUE.set(execution, result.highValue());
    LOG.info("Case {}: reviewer verified={}", execution.getProcessBusinessKey(), result.verified());
  }
}
