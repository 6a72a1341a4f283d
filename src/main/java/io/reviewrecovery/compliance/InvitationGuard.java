package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a review invitation before it is sent. Every customer with a recent purchase gets the same
 * invitation, whatever their experience was, so it offers nothing for a review, asks for no
 * particular rating, is not addressed only to the happy ones, steers no unhappy customer away from
 * reviewing, and pressures or blames nobody.
 */
@Component
public class InvitationGuard {

  /** Only the satisfied are asked, the unhappy are steered elsewhere, or a favourable review is asked for: review gating. */
  private static final Phrases SELECTIVE = anyOf(
      "\\bif\\s+(?:you\\s+(?:were|are|felt|feel|have\\s+been)|you're|you've\\s+been)\\s+(?:\\w+\\s+)?"
          + "(?:happy|satisfied|pleased|delighted|thrilled|impressed)\\b",
      "\\b(?:if|when|since)\\s+you\\s+(?:enjoyed|loved|liked)\\b", "\\bif\\s+you(?:'d|\\s+would)\\s+recommend\\b",
      "\\bif\\s+you\\s+(?:had|have\\s+had)\\s+(?:a|an)\\s+(?:great|good|lovely|positive|wonderful|excellent)\\b",
      "^(?:loved|enjoyed|liked|happy\\s+with|pleased\\s+with|satisfied\\s+with|delighted\\s+with)\\b",
      "^(?:had|have\\s+you\\s+had|got)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:great|good|lovely|wonderful|fantastic|amazing|brilliant|"
          + "excellent|nice|positive|fab|fabulous|perfect|happy|top|super|smashing|memorable|best|greatest)\\b",
      "\\b(?:happy|satisfied|delighted|loyal)\\s+customers?\\b",
      "\\b(?:positive|good|great|glowing|favou?rable|excellent|nice|kind|shining)\\s+(?:reviews?|ratings?|words)\\b",
      "\\b(?:4|5|four|five)[-\\s]stars?\\b",
      "\\bonly\\s+(?:if|when)\\s+you\\b", "\\bonly\\s+(?:leave|post|write)\\b",
      "\\b(?:weren'?t|were\\s+not|aren'?t|are\\s+not)\\s+(?:\\w+\\s+)?(?:happy|satisfied|pleased)\\b",
      "\\b(?:rather\\s+than|instead\\s+of)\\s+(?:posting|leaving|writing|reviewing)\\b",
      "\\b(?:contact|email|call|tell|message)\\s+us\\s+(?:first|directly|privately)\\b");

  /** What an invitation asks for: in an invitation, any review is the one asked for. */
  private static final Phrases REVIEWING = anyOf("\\breview\\w*", "\\brat(?:e|ing)\\b", "\\bfeedback\\b", "\\bexperience\\b",
      "\\bopinion\\b");

  static final SentenceRule INCENTIVE = new SentenceRule("incentive",
      "offers something for a review",
      "Google and Trustpilot forbid any incentive for a review; FTC 16 CFR 465.4 where it depends on what the review says",
      "offer nothing: \"It helps other customers decide, and it shows us what to improve.\"",
      REVIEWING.and(ReviewRules.BENEFIT));
  static final SentenceRule GATING = new SentenceRule("gating",
      "invites only satisfied customers, steers unhappy ones away, or asks for a favourable review",
      "FTC guidance on soliciting reviews (no review gating); Google and Trustpilot require invitations free of bias",
      "the same words for everyone, e.g. \"We invite every customer to share their experience, whatever it was.\"",
      SELECTIVE);

  private static final List<SentenceRule> RULES = List.of(INCENTIVE, GATING, Threats.RULE, Tone.RULE);

  /** Each sentence of the invitation that breaks a rule; empty when it may be sent. */
  public List<SentenceBreach> check(String text) {
    return SentenceRule.breaches(RULES, text);
  }
}
