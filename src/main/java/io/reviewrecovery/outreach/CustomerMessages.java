package io.reviewrecovery.outreach;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.responses.ResponseLink;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.Proposal;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.Reviewer;
import java.net.URI;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders every message to a customer from its templates under {@code templates/mail/}: a plain-text
 * part ({@code <name>.txt}, whose first line is the subject) and an HTML part ({@code <name>.html}),
 * in the business's voice. The outreach and the satisfaction check never mention the review; the one
 * update request asks to update, never to remove, and offers nothing in return. The review
 * invitation is the same for every customer: neutral, offering nothing, with a link to opt out.
 */
@Component
public class CustomerMessages {

  private static final Locale LOCALE = Locale.UK;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LOCALE);
  private static final String SUBJECT_LINE = "Subject: ";

  private final ITemplateEngine templates;
  private final ReviewRecoveryProperties.Business business;

  public CustomerMessages(ITemplateEngine templates, ReviewRecoveryProperties properties) {
    this.templates = templates;
    this.business = properties.business();
  }

  public Text outreach(Reviewer reviewer, Proposal proposal, List<ResponseLink> links) {
    return render("mail/outreach", reviewer.reviewerName(), links, proposal(proposal));
  }

  public Text satisfactionCheck(Reviewer reviewer, Proposal proposal, List<ResponseLink> links) {
    return render("mail/satisfaction-check", reviewer.reviewerName(), links, proposal(proposal));
  }

  public Text updateRequest(Reviewer reviewer, List<ResponseLink> links) {
    String platform = Platform.fromCode(reviewer.platform()).map(Platform::displayName).orElse(reviewer.platform());
    return render("mail/update-request", reviewer.reviewerName(), links, Map.of("platformName", platform));
  }

  /** The invitation to review the business on {@code platform}, with the link to receive no more. */
  public Text reviewInvitation(String customerName, Platform platform, URI reviewUrl, String unsubscribeUrl) {
    return render("mail/review-invitation", customerName, List.of(), Map.of("platformName", platform.displayName(),
        "reviewUrl", reviewUrl.toString(), "unsubscribeUrl", unsubscribeUrl));
  }

  /** What the outreach and the satisfaction check say about the proposal; refund amount and date only for a refund. */
  private static Map<String, Object> proposal(Proposal proposal) {
    Map<String, Object> values = new HashMap<>();
    values.put("apology", proposal.apology().strip());
    values.put("remedyType", proposal.remedyType().name());
    values.put("remedyDetails", hasText(proposal.remedyDetails()) ? proposal.remedyDetails().strip() : null);
    if (proposal.remedyType() == RemedyType.REFUND) {
      values.put("refundAmount", NumberFormat.getCurrencyInstance(LOCALE).format(proposal.refundAmount()));
      values.put("refundDate", DATE.format(proposal.refundDate()));
    }
    return values;
  }

  private Text render(String template, String customerName, List<ResponseLink> links, Map<String, Object> specifics) {
    Context context = new Context(LOCALE, specifics);
    context.setVariable("customerName", customerName.strip());
    context.setVariable("links", links);
    context.setVariable("businessName", business.name());
    context.setVariable("contactEmail", business.contactEmail());
    context.setVariable("contactPhone", hasText(business.contactPhone()) ? business.contactPhone() : null);
    String text = templates.process(template + ".txt", context);
    if (!text.startsWith(SUBJECT_LINE) || !text.contains("\n")) {
      throw new IllegalStateException("Template " + template + ".txt must start with a 'Subject: ' line");
    }
    String subject = text.substring(SUBJECT_LINE.length(), text.indexOf('\n')).strip();
    context.setVariable("subject", subject);
    return new Text(subject, text.substring(text.indexOf('\n')).strip(), templates.process(template, context));
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** A subject line, a plain-text body (what the communication log keeps) and the same as HTML. */
  public record Text(String subject, String body, String html) {
  }
}
