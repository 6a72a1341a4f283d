package io.reviewrecovery.outreach;

import io.reviewrecovery.review.Reviewer;
import io.reviewrecovery.verification.CustomerContact;
import io.reviewrecovery.verification.TransactionRecords;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Where a reviewer can be reached: the email or phone number the reviewer shared, through the
 * platform or with staff, first (it is theirs, whatever our records say), then the customer record, which verification links only when
 * it identified one customer.
 */
@Service
public class CustomerContacts {

  private final TransactionRecords records;

  public CustomerContacts(TransactionRecords records) {
    this.records = records;
  }

  public Optional<String> email(Reviewer reviewer) {
    return Optional.ofNullable(reviewer.reviewerEmail()).filter(CustomerContacts::hasText)
        .or(() -> onRecord(reviewer).map(CustomerContact::email).filter(CustomerContacts::hasText));
  }

  public Optional<String> phone(Reviewer reviewer) {
    return Optional.ofNullable(reviewer.reviewerPhone()).filter(CustomerContacts::hasText)
        .or(() -> onRecord(reviewer).map(CustomerContact::phone).filter(CustomerContacts::hasText));
  }

  /** How the platform's direct messages address the reviewer. */
  public String platformAddress(Reviewer reviewer) {
    return "%s reviewer %s (review %s)".formatted(reviewer.platform(), reviewer.reviewerName(), reviewer.platformReviewId());
  }

  private Optional<CustomerContact> onRecord(Reviewer reviewer) {
    return reviewer.customerId() == null ? Optional.empty() : records.contact(reviewer.customerId());
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
