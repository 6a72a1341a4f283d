package io.reviewrecovery.compliance;

import static io.reviewrecovery.process.ReviewVariables.CUSTOMER_ID;
import static io.reviewrecovery.process.ReviewVariables.ORDER_REFERENCE;
import static io.reviewrecovery.process.ReviewVariables.REMEDY_DETAILS;
import static io.reviewrecovery.process.ReviewVariables.REVIEWER_NAME;

import io.reviewrecovery.verification.CustomerContact;
import io.reviewrecovery.verification.TransactionRecords;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Gathers what a public reply must not reveal about a case: the reviewer's name as the platform
 * shows it, the customer's name on record, the order reference and the remedy details. The same
 * specifics apply when the reply is approved and when it is posted.
 */
@Component
public class CaseSpecificsLookup {

  private final TransactionRecords records;

  public CaseSpecificsLookup(TransactionRecords records) {
    this.records = records;
  }

  /** The specifics of the case running in this scope, from its variables. */
  public CaseSpecifics of(VariableScope reviewCase) {
    return of(REVIEWER_NAME.from(reviewCase), CUSTOMER_ID.from(reviewCase), ORDER_REFERENCE.from(reviewCase),
        REMEDY_DETAILS.from(reviewCase));
  }

  /**
   * @param reviewerName the name on the platform, or {@code null}
   * @param customerId the verified customer, or {@code null} when the reviewer is not one
   */
  public CaseSpecifics of(String reviewerName, Long customerId, String orderReference, String remedyDetails) {
    Stream<String> onRecord = customerId == null
        ? Stream.empty() : records.contact(customerId).map(CustomerContact::fullName).stream();
    return new CaseSpecifics(Stream.concat(Stream.ofNullable(reviewerName), onRecord).toList(), orderReference,
        remedyDetails);
  }
}
