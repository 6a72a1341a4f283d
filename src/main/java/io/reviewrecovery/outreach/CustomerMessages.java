package io.reviewrecovery.outreach;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.platform.Platform;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The words of every message to a customer, in the business's voice. The outreach and the
 * satisfaction check never mention the review; the one update request asks to update, never to
 * remove, and offers nothing in return.
 */
@Component
public class CustomerMessages {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

  private final ReviewRecoveryProperties.Business business;

  public CustomerMessages(ReviewRecoveryProperties properties) {
    this.business = properties.business();
  }

  public Text outreach(Reviewer reviewer, Proposal proposal) {
    return new Text("We are sorry, and we would like to make it right", paragraphs(
        "Dear " + reviewer.reviewerName().trim() + ",",
        proposal.apology().trim(),
        "To make it right, " + remedySentence(proposal),
        hasText(proposal.remedyDetails()) ? proposal.remedyDetails().trim() : null,
        "Please reply to let us know whether this works for you. This does not depend on anything else: it is yours either way.",
        signature()));
  }

  public Text satisfactionCheck(Reviewer reviewer, Proposal proposal) {
    return new Text("Is everything now as it should be?", paragraphs(
        "Dear " + reviewer.reviewerName().trim() + ",",
        "We have now done what we promised: " + remedyDone(proposal),
        "Are you satisfied with how this was resolved? Please reply and let us know. If anything is still not right, "
            + "tell us and we will put it right.",
        signature()));
  }

  public Text updateRequest(Reviewer reviewer) {
    String platform = Platform.fromCode(reviewer.platform()).map(Platform::displayName).orElse(reviewer.platform());
    return new Text("Thank you for giving us the chance to put things right", paragraphs(
        "Dear " + reviewer.reviewerName().trim() + ",",
        "Thank you for letting us put things right. If you feel that your review on " + platform + " no longer "
            + "reflects your experience, you are welcome to update it. That is entirely up to you, and there is no "
            + "need to reply.",
        signature()));
  }

  private String remedySentence(Proposal proposal) {
    return switch (proposal.remedyType()) {
      case REFUND -> "we will refund you %s; the refund will be processed on %s.".formatted(
          money(proposal), DATE.format(proposal.refundDate()));
      case REPLACEMENT -> "we will send you a replacement at no cost to you.";
      case SERVICE_CREDIT -> "we will add a service credit to your account.";
      case REDO_SERVICE -> "we will redo the service at no charge.";
    };
  }

  private String remedyDone(Proposal proposal) {
    return switch (proposal.remedyType()) {
      case REFUND -> "your refund of %s has been processed.".formatted(money(proposal));
      case REPLACEMENT -> "your replacement is on its way.";
      case SERVICE_CREDIT -> "the service credit is on your account.";
      case REDO_SERVICE -> "the service has been redone.";
    };
  }

  /** The non-empty parts, one paragraph each. */
  private static String paragraphs(String... parts) {
    return Arrays.stream(parts).filter(CustomerMessages::hasText).collect(Collectors.joining("\n\n"));
  }

  private static String money(Proposal proposal) {
    return NumberFormat.getCurrencyInstance(Locale.UK).format(proposal.refundAmount());
  }

  private String signature() {
    String phone = hasText(business.contactPhone()) ? " or " + business.contactPhone() : "";
    return "Kind regards,\n%s\n%s%s".formatted(business.name(), business.contactEmail(), phone);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** A subject line and a plain-text body. */
  public record Text(String subject, String body) {
  }
}
