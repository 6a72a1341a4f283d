package io.reviewrecovery.compliance;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks what is written to a customer in private before it is sent. The outreach is about putting
 * things right, so it offers nothing for changing the review, threatens nobody, asks for no change
 * to the review, does not mention the review at all, and blames nobody. The one request to update
 * the review comes later, from the process, once the customer confirmed being satisfied: it may
 * invite an update, gently and once, but never asks for removal or a rating, never presses, and
 * ties nothing to it.
 */
@Component
public class OutreachGuard {

  private static final List<SentenceRule> OUTREACH = List.of(
      ReviewRules.INCENTIVE, Threats.RULE, ReviewRules.REMOVAL_REQUEST, Tone.RULE, ReviewRules.MENTION);
  private static final List<SentenceRule> UPDATE_REQUEST = List.of(
      ReviewRules.INCENTIVE, Threats.RULE, ReviewRules.REMOVAL_IN_UPDATE_REQUEST, ReviewRules.RATING_REQUEST,
      ReviewRules.PRESSURE, Tone.RULE);

  /** Each sentence of an outreach text that breaks a rule, with every rule it breaks; empty when it may be sent. */
  public List<SentenceBreach> check(String text) {
    return SentenceRule.breaches(OUTREACH, text);
  }

  /** Each sentence of the request to update the review that breaks a rule; empty when it may be sent. */
  public List<SentenceBreach> checkUpdateRequest(String text) {
    return SentenceRule.breaches(UPDATE_REQUEST, text);
  }
}
