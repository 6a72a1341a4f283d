package io.reviewrecovery.verification;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Cross-references a reviewer with the transaction records: by order reference when given, then
 * by email, then by name, and confirms a purchase within the configured window before the review.
 * Not finding a customer is a finding in its own right, reported for the terms assessment.
 */
@Service
public class ReviewerVerification {

  private final TransactionRecords records;
  private final ReviewRecoveryProperties.Verification settings;

  public ReviewerVerification(TransactionRecords records, ReviewRecoveryProperties properties) {
    this.records = records;
    this.settings = properties.verification();
  }

  public VerificationResult verify(ReviewerClaim claim) {
    String name = normalizeName(claim.reviewerName());
    String note = "";
    if (hasText(claim.orderReference())) {
      Optional<Purchase> order = records.byOrderReference(claim.orderReference());
      if (order.isPresent()) {
        Purchase purchase = order.get();
        if (!name.equals(normalizeName(purchase.customerName())) && !sameEmail(purchase.customerEmail(), claim.reviewerEmail())) {
          return VerificationResult.notVerified("Order %s exists but belongs to another customer, not to '%s'."
              .formatted(purchase.orderReference(), claim.reviewerName().trim()));
        }
        return judge(List.of(purchase), claim, "order reference", "");
      }
      note = "No order %s in the records. ".formatted(claim.orderReference().trim());
    }
    if (hasText(claim.reviewerEmail())) {
      List<Purchase> byEmail = records.byCustomerEmail(claim.reviewerEmail());
      if (!byEmail.isEmpty()) {
        return judge(byEmail, claim, "email", note);
      }
    }
    List<Purchase> byName = records.byCustomerName(name);
    if (!byName.isEmpty()) {
      return judge(byName, claim, "name", note);
    }
    String email = hasText(claim.reviewerEmail()) ? " or with the email " + claim.reviewerEmail().trim() : "";
    return VerificationResult.notVerified(note + "Not a customer: nobody named '%s'%s in the transaction records."
        .formatted(claim.reviewerName().trim(), email));
  }

  private VerificationResult judge(List<Purchase> purchases, ReviewerClaim claim, String matchedBy, String note) {
    LocalDate reviewDate = claim.reviewDate();
    LocalDate earliest = reviewDate.minusDays(settings.purchaseWindow().toDays());
    List<Purchase> inWindow = purchases.stream()
        .filter(p -> !p.purchasedOn().isBefore(earliest) && !p.purchasedOn().isAfter(reviewDate))
        .sorted(Comparator.comparing(Purchase::purchasedOn).reversed())
        .toList();
    if (inWindow.isEmpty()) {
      Purchase latest = purchases.stream().max(Comparator.comparing(Purchase::purchasedOn)).orElseThrow();
      String finding = note + "%s is a customer (matched by %s), but made no purchase in the %d days before the review; the latest is order %s on %s."
          .formatted(latest.customerName(), matchedBy, settings.purchaseWindow().toDays(), latest.orderReference(), latest.purchasedOn());
      return result(false, finding, latest, null, oneCustomer(purchases));
    }
    Purchase match = inWindow.get(0);
    boolean unambiguous = oneCustomer(inWindow);
    String ambiguity = unambiguous ? "" : (" %d customers with this name bought in that period: the most recent purchase is shown. "
        + "Which of them wrote the review is not known, so no customer record is used to contact the reviewer.")
        .formatted(inWindow.stream().map(Purchase::customerId).distinct().count());
    String finding = note + "Verified customer %s (matched by %s): order %s, %s, on %s, %d days before the review.%s"
        .formatted(match.customerName(), matchedBy, match.orderReference(), match.description(), match.purchasedOn(),
            ChronoUnit.DAYS.between(match.purchasedOn(), reviewDate), ambiguity);
    return result(true, finding, match, match.transactionId(), unambiguous);
  }

  /**
   * The customer is identified only when the purchases belong to one customer: otherwise contacting
   * "the" customer on record could reach somebody else, with private details of a complaint.
   */
  private VerificationResult result(boolean verified, String finding, Purchase purchase, Long transactionId,
      boolean identified) {
    if (!identified) {
      return new VerificationResult(verified, finding, null, null, null, false);
    }
    boolean highValue = records.lifetimeSpend(purchase.customerId()).compareTo(settings.highValueSpend()) >= 0;
    return new VerificationResult(verified, finding, purchase.customerId(), transactionId, purchase.customerPhone(), highValue);
  }

  private static boolean oneCustomer(List<Purchase> purchases) {
    return purchases.stream().map(Purchase::customerId).distinct().count() == 1;
  }

  /** Lower case, single-spaced, compatibility-normalised: "  JANE   Doe " and "jane doe" are one name. */
  static String normalizeName(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean sameEmail(String onRecord, String claimed) {
    return hasText(onRecord) && hasText(claimed) && onRecord.trim().equalsIgnoreCase(claimed.trim());
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
