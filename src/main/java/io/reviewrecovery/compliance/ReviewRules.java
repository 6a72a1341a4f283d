package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

/**
 * What a business may and may not say about the customer's review: no benefit for changing it,
 * no request to remove or change it before the customer is satisfied, and afterwards one gentle,
 * free request to update it, never to remove it, never for a particular rating, never pressed.
 */
final class ReviewRules {

  /** Words between a verb and its object; never "our", so "update you after our review" stays ours. */
  private static final String FEW_WORDS = "(?:(?!our\\b)[\\w'-]+\\s+){0,3}?";
  static final String PLATFORMS = "(?:google|yelp|trustpilot|tripadvisor|facebook|fb|insta(?:gram)?|nextdoor|twitter|tiktok)";
  private static final String REVIEW_WORDS = "(?:reviews?|ratings?|stars?)";
  private static final String CUSTOMER_POST = "(?:the|your|that|this|those|these)\\s+(?:[\\w-]+\\s+)?(?:posts?|comments?)";
  private static final String WHAT_YOU_WROTE = "what\\s+you\\s+(?:wrote|posted|said|put)\\s+(?:about\\s+us\\s+)?(?:online|publicly|on\\s+\\w+)";
  /** Verbs that take what is written away: "delete", "pull", "get rid of"... */
  private static final String REMOVE_VERBS = "(?:remov\\w*|delet\\w*|withdr[ae]w\\w*|retract\\w*|hid(?:e|es|ing|den)|"
      + "pull(?:s|ed|ing)?(?!\\s+up\\b)(?:\\s+down)?|eras(?:e|es|ed|ing)|wip(?:e|es|ed|ing)(?:\\s+out)?|scrap(?:s|ped|ping)?|"
      + "(?:get|getting|got)\\s+rid\\s+of)";
  /** Verbs that change what is written: "edit", "correct", "tone down"... */
  private static final String CHANGE_VERBS = "edit|updat|chang|amend|revis|modif|adjust|rewrit|re-writ|soften|correct|rectif|tweak"
      + "|tone\\s+down";
  /** "A five-star hotel", "five-star service": a kind of place or service, not a rating. */
  private static final String NOT_A_KIND_OF_PLACE = "(?!\\s+(?:hotels?|restaurants?|resorts?|service|treatment|quality|standards?|"
      + "food|dining|experience|establishment))";
  private static final String STAR_COUNT = "(?:[1-5]|one|two|three|four|five)[-\\s]?stars?";
  /** "The review has been", "the post could be", "the review's now": between a review word and what happens to it. */
  private static final String AUXILIARIES = "(?:'s)?(?:\\s+(?:on|from)\\s+(?:our\\s+)?" + PLATFORMS + ")?\\s+"
      + "(?:(?:has|have|had|is|are|was|were|be|been|being|got|gets?|to|could|can|will|would|might|may|should|now|already|"
      + "just|finally|actually)\\s+){0,3}";
  /** A photo or video the customer put online. */
  private static final String CUSTOMER_MEDIA = "(?:the|your|that|this|those)\\s+(?:photos?|pictures?|videos?|pics?)\\s+(?:that\\s+)?"
      + "you\\s+(?:posted|put\\s+up|shared|uploaded)";

  /** The customer's online review, as opposed to "we reviewed your order" or "our review of what happened". */
  static final Phrases REVIEW = anyOf(
      "\\byour\\s+(?:[\\w-]+\\s+){0,2}?reviews?\\b",
      "\\b(?:the|this|that|a|an)\\s+(?:(?:online|public|negative|bad|poor|critical|harsh|low|recent|unfavou?rable|"
          + PLATFORMS + "|" + STAR_COUNT + ")\\s+){1,2}reviews?\\b",
      "\\b(?:the|this|that)\\s+review\\b(?!\\s+(?:of|process|team|meeting|stage)\\b)",
      "\\breviews?\\s+(?:that\\s+)?you\\s+(?:left|wrote|posted|gave|published|put|shared)\\b",
      "\\b(?:leave|left|leaving|write|wrote|writing|post|posted|posting|give|gave|giving)\\s+(?:us\\s+)?"
          + "(?:a|an|the|your|that|this|another)\\s+(?:[\\w-]+\\s+){0,2}?reviews?\\b",
      "\\breview(?:ing)?\\s+us\\b",
      "\\b" + PLATFORMS + "\\s+(?:reviews?|ratings?|posts?|comments?)\\b",
      "\\b(?:on|from)\\s+" + PLATFORMS + "\\b",
      "\\b" + STAR_COUNT + "\\b" + NOT_A_KIND_OF_PLACE,
      "\\bstar\\s+ratings?\\b",
      "\\b(?:your|the|that|this)\\s+rating\\b",
      "\\byour\\s+(?:online|public)\\s+(?:posts?|comments?|feedback)\\b",
      "\\byour\\s+(?:posts?|comments?|feedback)\\s+(?:online|publicly)\\b",
      "\\byour\\s+(?:[\\w-]+\\s+)?(?:posts?|comments?)\\s+on\\s+(?:our\\s+)?" + PLATFORMS + "\\b",
      "\\b" + CUSTOMER_MEDIA + "\\b",
      "\\b(?:saw|seen|read|reading|seeing)\\s+(?:your|the)\\s+(?:[\\w-]+\\s+)?(?:posts?|comments?)\\b",
      "\\b(?:posts?|comments?)\\s+(?:that\\s+)?you\\s+(?:left|wrote|posted|made|put)\\b",
      "\\b" + WHAT_YOU_WROTE + "\\b",
      "\\bwhat\\s+you\\s+posted\\b");

  /** Taking the review, the post or what the customer wrote online down: the one thing the update request never asks. */
  private static final Phrases REMOVING = anyOf(
      "\\b" + REMOVE_VERBS + "\\s+" + FEW_WORDS + "(?:reviews?|ratings?|" + STAR_COUNT + ")\\b(?!\\s+up\\b)",
      "\\b" + REMOVE_VERBS + "\\s+(?:" + CUSTOMER_POST + "|" + WHAT_YOU_WROTE + "|"
          + CUSTOMER_MEDIA + ")",
      "\\b(?:reviews?|ratings?|posts?|comments?|" + STAR_COUNT + ")" + AUXILIARIES
          + "(?:removed|deleted|taken\\s+(?:down|off)|withdrawn|retracted|pulled|scrapped|erased|wiped|"
          + "(?:comes?|came|coming|goes|went|gone|is|was)\\s+"
          + "(?:down|off)|disappear\\w*|(?:goes|went|gone)(?=\\s*(?:[,.!?;]|$|and\\b|from\\b|for\\s+good)))",
      "\\b(?:tak(?:e|es|ing|en)|took)\\s+(?:it|this)\\s+down\\b",
      "\\b(?:tak(?:e|es|ing|en)|took)\\s+(?:the|your|that|this)\\s+(?:[\\w-]+\\s+)?(?:reviews?|ratings?|posts?|comments?)\\s+"
          + "(?:down|off)\\b",
      "\\b(?:tak(?:e|es|ing|en)|took)\\s+down\\s+(?:the|your|that|this|those)\\s+(?:[\\w-]+\\s+)?(?:reviews?|ratings?|posts?|"
          + "comments?)\\b",
      "\\b(?:remove|delete|withdraw|retract)\\s+this\\s*[.!?]*$");

  /** "It" for the review: "delete it", "update it", where the sentence speaks of the review or the platform. */
  private static final Wording REVIEW_OR_PLATFORM = REVIEW.or(anyOf("\\b" + PLATFORMS + "\\b"));
  private static final Wording CHANGING_IT = anyOf(
      "\\b(?:remov|delet|withdr[ae]w|retract|" + CHANGE_VERBS + ")\\w*\\s+it\\b").and(REVIEW_OR_PLATFORM);
  /** "Could you change this to reflect...": asked of the customer, "this" and "it" can only be what they wrote. */
  private static final Wording CHANGING_THIS_TO_SAY = anyOf(
      "\\b(?:" + CHANGE_VERBS + ")\\w*\\s+(?:this|it|that)\\s+to\\s+(?:reflect|show|say|mention|include|read|acknowledge)\\b")
      .and(anyOf("\\b(?:could|would|can|will|might)\\s+you\\b", "\\bplease\\b", "\\byou\\s+(?:could|would|might)\\b",
          "\\b(?:we|i)(?:'d|\\s+would)\\s+(?:appreciate|be\\s+grateful|love)\\b", "\\bask\\w*\\s+(?:you|if)\\b", "\\bconsider\\b"));
  private static final Wording REMOVING_IT = anyOf("\\b(?:remov|delet|withdr[ae]w|retract)\\w*\\s+it\\b").and(REVIEW_OR_PLATFORM);

  /** A better review or rating than the one written. */
  static final Phrases BETTER_RATING = anyOf(
      "\\b(?:4|5|four|five)[-\\s]?stars?\\b" + NOT_A_KIND_OF_PLACE,
      "\\b(?:positive|good|better|great|glowing|kinder|nicer|fairer|higher|favou?rable)\\s+(?:reviews?|ratings?)\\b",
      "\\b(?:rais|increas|bump|improv|upgrad|boost)\\w*\\s+" + FEW_WORDS + REVIEW_WORDS + "\\b",
      "\\bto\\s+a\\s+(?:positive|good|better|glowing|nicer|kinder)\\s+one\\b",
      "\\bmake\\s+(?:your|the|it|this)\\s+(?:review\\s+)?(?:more\\s+positive|better|kinder|nicer|fairer)\\b",
      "\\b(?:reviews?|ratings?)\\s+(?:\\w+\\s+){0,3}?(?:mention|say|include|highlight|note|reflect|show|acknowledge|recogni[sz]e"
          + "|describe|credit)\\w*\\s+(?:how\\b|that\\s+we\\b|what\\s+we\\b|(?:all\\s+)?(?:our|we)\\b|the\\s+(?:effort|work|care|lengths|"
          + "trouble|way\\s+we)\\b|the\\s+team)",
      "\\b(?:reflect|mention|say|include|acknowledge|note)\\w*\\s+(?:that|this|it)\\s+in\\s+(?:your|the|an?)\\s+(?:\\w+\\s+)?"
          + "(?:reviews?|ratings?)\\b",
      "\\b(?:reflect|mention|say|show|highlight)\\w*\\s+(?:the|how|our)\\s+(?:\\w+\\s+)?(?:excellent|great|good|brilliant|amazing|"
          + "wonderful|fantastic|positive|quick|fast|kind|lovely)\\b");

  /** Removing, changing or improving the review, or a better one. */
  static final Wording CHANGING = anyOf(
      "\\b(?:" + CHANGE_VERBS + "|reconsider|rethink|swap|switch|turn|(?:have|take)\\s+(?:another|a\\s+(?:second|fresh|new))\\s+look\\s+at"
          + "|look\\s+again\\s+at)\\w*\\s+" + FEW_WORDS + "(?:" + REVIEW_WORDS + "|" + STAR_COUNT + ")\\b",
      "\\b(?:" + CHANGE_VERBS + ")\\w*\\s+(?:" + CUSTOMER_POST + "|" + WHAT_YOU_WROTE + ")",
      "\\b(?:reviews?|ratings?|posts?|comments?|" + STAR_COUNT + ")" + AUXILIARIES
          + "(?:updated|changed|edited|amended|improved|raised|revised|corrected|rectified|adjusted|modified|rewritten|softened|"
          + "tweaked|toned\\s+down)\\b",
      "\\b(?:a|an)\\s+(?:updated|revised|new|fresh|amended|edited)\\s+(?:reviews?|ratings?)\\b",
      "\\bre-?rat(?:e|es|ed|ing)\\b",
      "\\bpop\\s+back\\s+on\\s+" + PLATFORMS + "\\b")
      .or(REMOVING).or(CHANGING_IT).or(CHANGING_THIS_TO_SAY).or(BETTER_RATING);

  /** Something of value, or the help the customer came for. */
  static final Phrases BENEFIT = anyOf(
      "\\brefund\\w*", "\\bvouchers?\\b", "\\bcoupons?\\b", "\\bdiscount\\w*", "\\bcredit\\b", "\\bgift\\w*",
      "(?<!\\bfeel\\s)\\bfree\\b(?!\\s+to\\b)", "\\bcompensat\\w*", "\\bmoney\\s+back\\b", "\\breimburs\\w*", "\\bpay\\s+(?:you|for)\\b",
      "\\bpayment\\b", "\\b\\d+\\s?%\\s?off\\b", "[£$€]\\s?\\d", "\\breward\\w*", "\\bbonus\\w*", "\\bincentive\\w*",
      "\\bcomplimentary\\b", "\\bon\\s+(?:the\\s+house|us)\\b", "\\breplacement\\b", "\\bpromo\\w*", "\\bcash\\b",
      "\\bdeal\\b", "\\boffer\\w*", "\\bwaiv\\w*", "\\bgoodwill\\b", "\\bupgrad\\w*", "\\bpriority\\b",
      "\\b(?:prize\\s+)?draw\\b", "\\bknock\\w*\\s+(?:\\S+\\s+){0,4}?off\\b", "\\bthrow\\s+in\\b", "\\bdouble\\b",
      "\\bhampers?\\b", "\\bthank[-\\s]you\\s+gift\\b",
      "\\b(?:bonus|extra|double|loyalty|reward|\\d+)\\s+(?:points|stamps?)\\b", "\\bloyalty\\s+(?:rewards?|bonus|credit)\\b",
      "\\bfirst\\s+in\\s+(?:line|the\\s+queue)\\b", "\\b(?:front|head|top)\\s+of\\s+the\\s+(?:queue|line|list|wait(?:ing)?\\s*list)\\b",
      "\\b(?:skip|jump)\\s+the\\s+(?:queue|line|wait(?:ing)?\\s*list)\\b",
      "\\b(?:early|exclusive|vip)\\s+(?:access|treatment|booking|table)\\b",
      "\\bperks?\\b", "\\btreat\\s+(?:you|yourself)\\b", "\\b(?:a\\s+little|something)\\s+(?:extra|special)\\b",
      "\\bcover\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:cost|bill|check|tab)\\b", "\\bcomp(?:s|ed|ing)?\\b",
      "\\bpick\\s+up\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:bill|check|tab)\\b", "\\bcall\\s+it\\s+(?:even|quits|square)\\b",
      "\\b(?:discuss|sort|resolve|process|honou?r|release|issue)\\w*\\s+(?:the\\s+|your\\s+|a\\s+)?"
          + "(?:refund|compensation|replacement|solution|complaint)\\b");

  /** A condition, an exchange or a sequence: one thing only if, once or in return for another. */
  static final Phrases TIE = anyOf(
      "\\bif\\s+(?:you|u|the|your|it|that|we)\\b", "\\bif\\s+you'(?:d|re|ll|ve)\\b",
      "\\bonce\\s+(?:you|u|the|your|it|that|this)\\b", "\\bas\\s+soon\\s+as\\b",
      "\\bthe\\s+(?:minute|moment|second|day)\\s+(?:you|u|the|your|it)\\b",
      "\\bprovid(?:ed|ing)\\b", "\\bon\\s+(?:the\\s+)?(?:condition|understanding)\\b", "\\b(?:as|so)\\s+long\\s+as\\b",
      "\\bin\\s+(?:exchange|return)\\b", "\\b(?:as\\s+a|to\\s+say|by\\s+way\\s+of)\\s+(?:\\w+\\s+)?thanks?(?:[-\\s]?you)?\\s+for\\b",
      "\\bto\\s+thank\\s+you\\s+for\\b", "\\bfor\\s+(?:leaving|updating|changing|removing|deleting|editing|taking|writing|"
          + "posting|amending|improving|revising|raising)\\b",
      "\\bbefore\\s+(?:we|i)\\b", "\\bafter\\s+(?:you|u|the|your)\\b", "\\bwhen\\s+(?:you|u|the|your)\\b",
      "\\bonly\\s+(?:if|once|after|when)\\b", "\\bunless\\b", "\\buntil\\b", "\\bdepend\\w*\\s+on\\b", "\\bconditional\\s+on\\b",
      "\\bfirst\\b", "\\ball\\s+we\\s+ask\\b", "\\bwe\\s+(?:just\\s+)?ask\\s+that\\b", "\\bin\\s+order\\s+to\\b",
      "\\bto\\s+(?:receive|get|qualify|claim)\\b", "\\bwere\\s+you\\s+to\\b", "\\b(?:everyone|anyone|all\\s+those)\\s+who\\b",
      "\\bthen\\s+we\\b", "\\bon\\s+the\\s+basis\\s+that\\b", "\\bsubject\\s+to\\b", "\\bassuming\\b",
      "^(?:please\\s+)?(?:just\\s+)?(?:remove|delete|take|edit|update|change|amend|swap|switch|make|turn|give)\\b.*\\band\\s+"
          + "(?:we|you|your|the|it|i|there|that|our|an?)\\b");

  /** Something given for a review or a rating itself: "a voucher in exchange for your review", "20% off for a 5-star rating". */
  private static final Phrases FOR_A_REVIEW = anyOf(
      "\\b(?:in\\s+(?:exchange|return)\\s+for|for|(?:as\\s+a|to\\s+say)\\s+thanks?(?:[-\\s]?you)?\\s+for|to\\s+thank\\s+you\\s+for)\\s+"
          + "(?:(?:leaving|writing|posting|giving)\\s+(?:us\\s+)?)?(?:a|an|your|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:reviews?|ratings?)\\b");

  /** A remedy already given, or given whatever the customer does: not a price for the review. */
  private static final Phrases FREELY_GIVEN = anyOf(
      "\\bnow\\s+that\\b", "\\bwhatever\\s+you\\b", "\\bwhether\\s+or\\s+not\\b", "\\beither\\s+way\\b", "\\bregardless\\b",
      "\\bno\\s+strings\\b", "\\bnot\\s+conditional\\b", "\\b(?:does|do)\\s+not\\s+depend\\b", "\\bdoesn't\\s+depend\\b",
      "\\b(?:has|have)\\s+(?:now\\s+|already\\s+)?(?:gone\\s+through|been\\s+(?:processed|paid|sent|refunded|credited|issued|"
          + "applied|added))\\b");

  /** Words that press: an order, a deadline, a reminder, a debt. */
  private static final Phrases PRESSING = anyOf(
      "(?<!\\bno\\s)(?<!n't\\s)(?<!\\bnot\\s)\\b(?:must|have\\s+to|need\\s+(?:you\\s+)?to|required?)\\b", "\\bexpect\\s+you\\b", "\\binsist\\w*",
      "\\bobliged\\b", "\\bas\\s+soon\\s+as\\s+possible\\b", "\\basap\\b", "\\btoday\\b", "\\btonight\\b", "\\bright\\s+away\\b",
      "\\bimmediately\\b", "\\bstraight\\s+away\\b", "\\bwithout\\s+delay\\b",
      "\\b(?:earliest|first)\\s+(?:convenience|opportunity|chance|possible)\\b", "\\bsooner\\s+rather\\s+than\\s+later\\b",
      "\\bpromptly\\b", "\\burgent\\w*", "\\bas\\s+(?:soon|quickly)\\s+as\\s+you\\s+(?:can|are\\s+able|get\\s+a)\\b",
      "\\bno\\s+later\\s+than\\b",
      "\\bdeadline\\b",
      "\\bby\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the\\s+end\\s+of)\\b",
      "\\bthis\\s+(?:week|weekend)\\b", "\\bwithin\\s+(?:the\\s+next\\s+)?(?:\\w+\\s+)?(?:days?|hours?|weeks?)\\b",
      "\\bmake\\s+sure\\s+you\\b", "\\bdon'?t\\s+forget\\b", "\\bremember\\s+to\\b",
      "\\breminders?\\b", "\\bkeep\\s+(?:sending|asking|reminding|chasing|checking|an\\s+eye|looking|watching)\\b",
      "\\b(?:rely|relying|counting|depending)\\s+on\\s+you\\b", "\\buntil\\b", "\\bonly\\s+fair\\b",
      "\\bafter\\s+(?:all|everything)\\s+(?:\\w+\\s+){0,3}?we\\b", "\\bthe\\s+least\\s+you\\s+could\\s+do\\b");

  static final SentenceRule INCENTIVE = new SentenceRule("incentive",
      "offers something for changing or removing the review, or makes the remedy depend on it",
      "FTC 16 CFR 465.4; Google, Yelp and Trustpilot forbid incentives for reviews",
      "a remedy that depends on nothing, with the review left out of it, e.g. \"We will refund you in full, whatever you decide.\"",
      CHANGING.and(BENEFIT).and(TIE).or(BENEFIT.and(FOR_A_REVIEW)).unless(FREELY_GIVEN));
  /** Thanks for an update the customer chose to make: a reply may say it. */
  private static final Phrases THANKS_FOR_IT = anyOf(
      "\\bthanks?(?:\\s+you)?\\s+(?:so\\s+much\\s+|very\\s+much\\s+)?for\\s+(?:updating|changing|editing|amending|revising)\\b");

  static final SentenceRule REMOVAL_REQUEST = new SentenceRule("removal",
      "asks for the review to be removed or changed",
      "Google, Yelp and Trustpilot guidelines; the process itself asks once, only after the customer is satisfied",
      "nothing about the review: put things right, and the process will ask once, gently, after the customer says "
          + "they are satisfied.",
      CHANGING.unless(THANKS_FOR_IT));
  static final SentenceRule MENTION = new SentenceRule("mention",
      "mentions the review",
      "house rule: the outreach is about putting things right, so the remedy never looks tied to the review; "
          + "FTC 16 CFR 465.4",
      "what went wrong and how you will put it right, e.g. \"Thank you for telling us about your order.\"",
      REVIEW);

  /** The update request may ask to update; these are for it. */
  static final SentenceRule REMOVAL_IN_UPDATE_REQUEST = new SentenceRule("removal",
      "asks for the review to be removed",
      "Google, Yelp and Trustpilot guidelines: a business may invite an update, never ask for removal",
      "an invitation to update, e.g. \"If you feel that your review no longer reflects your experience, you are "
          + "welcome to update it.\"",
      REMOVING.or(REMOVING_IT));
  static final SentenceRule RATING_REQUEST = new SentenceRule("rating",
      "asks for a particular or a better rating",
      "FTC 16 CFR 465.4 and the platforms' guidelines: what the review says is the customer's choice",
      "leave what the review says to the customer, e.g. \"You are welcome to update your review, whatever you decide.\"",
      BETTER_RATING);
  static final SentenceRule PRESSURE = new SentenceRule("pressure",
      "presses the customer to update the review",
      "Google, Yelp and Trustpilot guidelines: one gentle request, with no pressure",
      "make it plainly optional, e.g. \"That is entirely up to you, and there is no need to reply.\"",
      CHANGING.and(PRESSING));

  private ReviewRules() {
  }
}
