package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks what an agent writes to a customer before anything is sent: the outreach is about putting
 * things right, so it offers nothing for changing the review, threatens nobody, asks for no change
 * to the review and does not mention the review at all. (The one request to update the review comes
 * later, from the process, once the customer confirmed being satisfied.)
 */
@Component
public class OutreachGuard {

  /** Words between a verb and its object; never "our", so "update you after our review" stays ours. */
  private static final String FEW_WORDS = "(?:(?!our\\b)[\\w'-]+\\s+){0,3}?";
  private static final String REVIEW_WORDS = "(?:reviews?|ratings?|stars?)";
  private static final String CUSTOMER_POST = "(?:the|your|that|this)\\s+(?:online\\s+)?(?:posts?|comments?)";
  private static final String PLATFORMS = "(?:google|yelp|trustpilot)";

  /** The customer's online review, as opposed to "we reviewed your order" or "our review of what happened". */
  static final Phrases REVIEW = anyOf(
      "\\byour\\s+(?:[\\w-]+\\s+){0,2}?reviews?\\b",
      "\\b(?:the|this|that|a|an)\\s+(?:(?:online|public|negative|bad|poor|critical|harsh|low|recent|unfavou?rable|"
          + PLATFORMS + "|(?:[1-5]|one|two|three)[-\\s]star)\\s+){1,2}reviews?\\b",
      "\\b(?:the|this|that)\\s+review\\b(?!\\s+(?:of|process|team|meeting|stage)\\b)",
      "\\breviews?\\s+(?:that\\s+)?you\\s+(?:left|wrote|posted|gave|published|put|shared)\\b",
      "\\b(?:leave|left|leaving|write|wrote|writing|post|posted|posting|give|gave|giving)\\s+(?:us\\s+)?"
          + "(?:a|an|the|your|that|this|another)\\s+(?:[\\w-]+\\s+){0,2}?reviews?\\b",
      "\\b" + PLATFORMS + "\\s+(?:reviews?|ratings?|posts?)\\b",
      "\\bon\\s+" + PLATFORMS + "\\b",
      "\\b(?:[1-5]|one|two|three|four|five)[-\\s]stars?\\b",
      "\\bstar\\s+ratings?\\b",
      "\\b(?:your|the)\\s+rating\\b",
      "\\byour\\s+(?:posts?|comments?|feedback)\\s+(?:online|publicly)\\b",
      "\\bwhat\\s+you\\s+(?:wrote|posted|said)\\s+(?:online|publicly)\\b");

  /** Removing, changing or improving the review, or a better one. */
  static final Phrases CHANGING_THE_REVIEW = anyOf(
      "\\b(?:remov|delet|withdr[ae]w|retract|edit|updat|chang|amend|revis|modif|improv|rais|reconsider|rethink|"
          + "upgrad|adjust|bump|increas)\\w*\\s+" + FEW_WORDS + REVIEW_WORDS + "\\b",
      "\\b(?:remov|delet|withdr[ae]w|retract|edit|hid(?:e|ing))\\w*\\s+" + CUSTOMER_POST + "\\b",
      "\\b(?:reviews?|ratings?)\\s+" + FEW_WORDS
          + "(?:removed|deleted|taken\\s+down|withdrawn|retracted|updated|changed|edited|amended|improved|raised)\\b",
      "\\btak(?:e|es|ing|en)\\s+(?:it|(?:the|your|that|this)\\s+(?:[\\w-]+\\s+)?(?:reviews?|ratings?|posts?|comments?))\\s+down\\b",
      "\\btak(?:e|es|ing|en)\\s+down\\s+(?:the|your|that|this)\\s+(?:[\\w-]+\\s+)?(?:reviews?|ratings?|posts?|comments?)\\b",
      "\\b(?:4|5|four|five)[-\\s]stars?\\b",
      "\\b(?:positive|good|better|great|glowing|new|fresh|kinder|nicer|fairer|higher)\\s+(?:reviews?|ratings?)\\b");

  /** Something of value. */
  static final Phrases BENEFIT = anyOf(
      "\\brefund\\w*", "\\bvouchers?\\b", "\\bcoupons?\\b", "\\bdiscount\\w*", "\\bcredit\\b", "\\bgift\\w*",
      "\\bfree\\b", "\\bcompensat\\w*", "\\bmoney\\s+back\\b", "\\breimburs\\w*", "\\bpay\\s+(?:you|for)\\b",
      "\\bpayment\\b", "\\b\\d+\\s?%\\s?off\\b", "[£$€]\\s?\\d", "\\breward\\w*", "\\bbonus\\w*", "\\bincentive\\w*",
      "\\bcomplimentary\\b", "\\bon\\s+the\\s+house\\b", "\\breplacement\\b", "\\bpromo\\w*", "\\bcash\\b",
      "\\bdeal\\b", "\\boffer\\w*");

  /** Something given for something else, or only once something else has happened. */
  static final Phrases IN_RETURN = anyOf(
      "\\bin\\s+(?:exchange|return)\\s+for\\b",
      "\\bfor\\s+(?:leaving|updating|changing|removing|deleting|editing|taking|writing|posting|amending|improving)\\b",
      "\\bonce\\s+you\\b", "\\bas\\s+soon\\s+as\\s+you\\b", "\\bprovided\\s+(?:that\\s+)?you\\b",
      "\\bon\\s+(?:the\\s+)?condition\\b", "\\b(?:as|so)\\s+long\\s+as\\s+you\\b",
      "\\bin\\s+order\\s+to\\s+(?:get|receive|qualify)\\b", "\\bonly\\s+if\\b", "\\bunless\\s+you\\b");

  static final Phrases LEGAL_THREAT = anyOf(
      "\\b(?:lawyers?|solicitors?|attorneys?|barristers?)\\b",
      "\\blegal\\s+(?:team|department|counsel|advisers?|advisors?|action|steps|proceedings|measures|consequences|"
          + "recourse|route|notice|claim)\\b",
      "\\bdefam\\w*", "\\blibel\\w*", "\\bslander\\w*", "\\blaw\\s*suits?\\b", "\\blitigat\\w*",
      "\\b(?:sue|suing|sued)\\s+(?:you|them|him|her|for|over)\\b",
      "\\b(?:will|shall|would|could|may|might|can|to|going\\s+to|right\\s+to)\\s+sue\\b",
      "\\bcease\\s+(?:and|&)\\s+desist\\b",
      "\\byou(?:'ll|'d|\\s+will|\\s+would)\\s+(?:\\w+\\s+)?regret\\b",
      "\\b(?:take|taking|bring|bringing|see)\\s+(?:you|this|the\\s+matter|it)\\s+(?:to|in)\\s+court\\b",
      "\\bcourt\\s+(?:action|order|case|proceedings)\\b",
      "\\b(?:claim|seek|pursue|recover)\\w*\\s+damages\\b",
      "\\breport\\s+you\\s+to\\b", "\\bpolice\\b",
      "\\b(?:there\\s+will\\s+be|face\\s+(?:the\\s+)?)consequences\\b",
      "\\bwe\\s+know\\s+where\\s+you\\s+live\\b", "\\b(?:last|final)\\s+warning\\b", "\\bor\\s+else\\b");

  static final SentenceRule INCENTIVE = new SentenceRule(
      "offers something for changing or removing the review, or makes the remedy depend on it",
      "FTC 16 CFR 465.4; Google, Yelp and Trustpilot forbid incentives for reviews",
      CHANGING_THE_REVIEW.and(BENEFIT.or(IN_RETURN)).or(REVIEW.and(IN_RETURN)));
  static final SentenceRule THREAT = new SentenceRule(
      "threatens legal action or intimidates",
      "FTC 16 CFR 465.7: no legal threats or intimidation to suppress a review",
      LEGAL_THREAT);
  static final SentenceRule REMOVAL_REQUEST = new SentenceRule(
      "asks for the review to be removed or changed",
      "Google, Yelp and Trustpilot guidelines; the process itself asks once, only after the customer is satisfied",
      CHANGING_THE_REVIEW);
  static final SentenceRule MENTION = new SentenceRule(
      "mentions the review",
      "house rule: the outreach is about putting things right, so the remedy never looks tied to the review; "
          + "FTC 16 CFR 465.4",
      REVIEW);

  private static final List<SentenceRule> RULES = List.of(INCENTIVE, THREAT, REMOVAL_REQUEST, MENTION);

  /** Each sentence of the text that breaks a rule, with every rule it breaks; empty when the text may be sent. */
  public List<SentenceBreach> check(String text) {
    return SentenceRule.breaches(RULES, text);
  }
}
