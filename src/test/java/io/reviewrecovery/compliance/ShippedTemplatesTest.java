package io.reviewrecovery.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The fixed wording of every message the application sends (templates/mail/*.txt) keeps to the
 * rules of its kind: the outreach and the satisfaction check to the outreach rules, the update
 * request to the update request rules, the invitation to the invitation rules. The agent's own text
 * in the outreach is checked when it is written and again when it is sent; the templates are
 * checked here, so a changed template that breaks a rule fails the build.
 */
class ShippedTemplatesTest {

  /** A response link as the templates render it. */
  public record Link(String label, String url) {
  }

  private static final SpringTemplateEngine TEMPLATES = new SpringTemplateEngine();

  static {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("*.txt"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    TEMPLATES.setTemplateResolver(resolver);
  }

  private final OutreachGuard outreach = new OutreachGuard();
  private final InvitationGuard invitations = new InvitationGuard();

  @ParameterizedTest
  @ValueSource(strings = {"REFUND", "REPLACEMENT", "SERVICE_CREDIT", "REDO_SERVICE"})
  void theOutreachAndTheSatisfactionCheckKeepToTheOutreachRules(String remedyType) {
    Map<String, Object> proposal = Map.of("apology", "We are sorry that your lemon cake arrived two hours late.",
        "remedyType", remedyType, "remedyDetails", "Tom will deliver it himself before 10 am.",
        "refundAmount", "£25.00", "refundDate", "1 December 2026");

    assertThat(outreach.check(render("mail/outreach.txt", proposal))).isEmpty();
    assertThat(outreach.check(render("mail/satisfaction-check.txt", proposal))).isEmpty();
  }

  @Test
  void theUpdateRequestKeepsToTheUpdateRequestRules() {
    assertThat(outreach.checkUpdateRequest(render("mail/update-request.txt", Map.of("platformName", "Google")))).isEmpty();
  }

  @Test
  void theInvitationKeepsToTheInvitationRules() {
    assertThat(invitations.check(render("mail/review-invitation.txt", Map.of("platformName", "Trustpilot",
        "reviewUrl", "https://www.trustpilot.com/evaluate/harbourstreetbakery.example",
        "unsubscribeUrl", "https://care.example.com/unsubscribe/abc.def")))).isEmpty();
  }

  private static String render(String template, Map<String, Object> specifics) {
    Context context = new Context();
    context.setVariables(specifics);
    context.setVariable("customerName", "Jane Doe");
    context.setVariable("links", List.of(new Link("Yes", "https://care.example.com/r/1"),
        new Link("No thanks", "https://care.example.com/r/2")));
    context.setVariable("businessName", "Harbour Street Bakery");
    context.setVariable("contactEmail", "care@harbourstreetbakery.example");
    context.setVariable("contactPhone", "+44 20 7946 0000");
    String text = TEMPLATES.process(template, context);
    assertThat(text).as(template).startsWith("Subject: ").doesNotContain("[(", "${");
    return text;
  }
}
