package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a review invitation before it is sent. Every customer with a recent purchase gets the same
 * invitation, whatever their experience was, so it offers nothing for a review, asks for no
 * particular rating, is not addressed only to the happy ones, and pressures nobody.
 */
@Component
public class InvitationGuard {

  /** Only the satisfied are asked, or a favourable review is asked for: review gating. */
  static final Phrases SELECTIVE = anyOf(
      "\\bif\\s+(?:you\\s+(?:were|are|felt|feel|have\\s+been)|you're|you've\\s+been)\\s+(?:\\w+\\s+)?"
          + "(?:happy|satisfied|pleased|delighted|thrilled|impressed)\\b",
      "\\b(?:if|when|since)\\s+you\\s+(?:enjoyed|loved|liked)\\b",
      "\\b(?:happy|satisfied|delighted|loyal)\\s+customers?\\b",
      "\\b(?:positive|good|great|glowing|favou?rable|excellent|nice|kind|shining)\\s+(?:reviews?|ratings?|words)\\b",
      "\\b(?:4|5|four|five)[-\\s]stars?\\b",
      "\\bonly\\s+(?:if|when)\\s+you\\b");

  /** What an invitation asks for: in an invitation, any review is the one asked for. */
  static final Phrases REVIEWING = anyOf("\\breview\\w*", "\\brat(?:e|ing)\\b", "\\bfeedback\\b", "\\bexperience\\b",
      "\\bopinion\\b");

  static final SentenceRule INCENTIVE = new SentenceRule(
      "offers something for a review",
      "Google and Trustpilot forbid any incentive for a review; FTC 16 CFR 465.4 where it depends on what the review says",
      REVIEWING.and(OutreachGuard.BENEFIT.or(OutreachGuard.IN_RETURN)));
  static final SentenceRule GATING = new SentenceRule(
      "invites only satisfied customers or asks for a favourable review",
      "FTC guidance on soliciting reviews (no review gating); Google and Trustpilot require invitations free of bias",
      SELECTIVE);

  private static final List<SentenceRule> RULES = List.of(INCENTIVE, GATING, OutreachGuard.THREAT);

  /** Each sentence of the invitation that breaks a rule; empty when it may be sent. */
  public List<SentenceBreach> check(String text) {
    return SentenceRule.breaches(RULES, text);
  }
}
