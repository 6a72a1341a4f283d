package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

/**
 * Legal threats and intimidation, open ("we will sue you") or veiled ("we'd think carefully about
 * what you post", "we know where you live", "we are taking advice", "if this is posted again"). A
 * customer's own legal rights, a claim made with a courier, or "we regret" are none of these.
 */
final class Threats {

  private static final Phrases LEGAL = anyOf(
      "\\b(?:lawyers?|solicitors?|attorneys?|barristers?)\\b",
      "\\blegal\\s+(?:team|department|counsel|advisers?|advisors?|representatives?|action|steps|proceedings|measures|"
          + "consequences|recourse|route|notice|claim|options?|channels?|advice|remedies|avenues?|matter)\\b",
      "\\bfurther\\s+legally\\b|\\blegally\\s+(?:pursue|challenge|act)\\b",
      "\\bdefam\\w*", "\\blibel\\w*", "\\bslander\\w*", "\\blaw\\s*suits?\\b", "\\blitigat\\w*", "\\bactionable\\b",
      "\\bcease\\s+(?:and|&)\\s+desist\\b", "\\bsmall\\s+claims\\b",
      "\\bsued\\b", "\\b(?:sue|suing)\\s+(?:you|them|him|her|for|over)\\b",
      "\\b(?:will|shall|would|could|may|might|can|to|going\\s+to|right\\s+to)\\s+sue\\b",
      "\\b(?:in|to)\\s+court\\b", "\\bagainst\\s+the\\s+law\\b",
      "\\bcourt\\s+(?:action|order|case|proceedings)\\b",
      "\\b(?:claim|seek|pursue|recover)\\w*\\s+(?:the\\s+)?(?:damages|costs)\\b", "\\bdamages\\b",
      "\\b(?:file|lodge|bring|make|issue|start|raise)\\w*\\s+(?:a\\s+)?(?:legal\\s+|formal\\s+|court\\s+)?claim\\s+against\\b",
      "\\bclaim\\s+against\\s+you\\b",
      "\\b(?:will|'ll|going\\s+to|may|might|could|would|shall|(?<!\\bhad\\s)to)\\s+(?:\\w+\\s+)?"
          + "(?:call|ring|contact|inform|involv|report|notif|tell|pass)\\w*\\s+(?:\\S+\\s+){0,4}?(?:the\\s+)?police\\b",
      "\\b(?:report|pass|refer|forward)\\w*\\s+(?:this|you|it|the\\s+review|your\\s+\\w+)\\s+(?:\\S+\\s+){0,2}?to\\s+the\\s+police\\b",
      "\\b(?:informed|notified|involved|contacted|told)\\s+the\\s+police\\s*(?:[.!]|$|about\\s+(?:you|this|your)|of\\s+(?:this|your))",
      "\\bpolice\\s+(?:have\\s+been|are|will\\s+be)\\s+(?:informed|notified|involved|contacted)\\b",
      "\\breport\\w*\\s+(?:you|your\\s+\\w+)\\s+(?:to\\s+\\w+\\s+)?(?:as|for)\\s+(?:harassment|abuse|defamation|fake|fraud|spam|"
          + "trolling)\\b",
      "\\bbreach\\w*\\s+(?:the\\s+law|our\\s+rights|the\\s+\\w+\\s+act)\\b",
      "\\b(?:illegal|unlawful|criminal\\s+(?:matter|offen[cs]e)|a\\s+criminal)\\b",
      "\\btak(?:e|ing)\\s+(?:this|it|things|the\\s+matter|matters)\\s+further\\b(?!\\s+with\\s+(?:our|the|them|him|her)\\b)",
      "\\bwe\\s+will\\s+be\\s+(?:pursuing|taking)\\s+(?:this|it|the\\s+matter)\\b",
      "\\bpursu\\w*\\s+(?:this|it|the\\s+matter|you)\\b",
      "\\b(?:consider|considering|explore|exploring|review|reviewing)\\s+(?:all\\s+)?our\\s+(?:legal\\s+)?options\\b",
      "\\breserve\\s+(?:the|our|all)\\s+rights?\\b",
      "\\bexpect\\s+to\\s+hear\\s+from\\s+(?:our|my)\\b",
      "\\bwe(?:'ll|'re|'ve|'d|\\s+will|\\s+are|\\s+have|\\s+had|\\s+would|\\s+shall|\\s+may|\\s+might)?\\s+(?:\\w+\\s+){0,2}?"
          + "(?:taking|take|taken|took|seek|seeking|sought|getting|get|got|obtain\\w*)\\s+(?:some\\s+|further\\s+|professional\\s+|"
          + "proper\\s+|expert\\s+)?advice\\b(?=\\s*(?:[.!,;]|$|and\\b|(?:on|about|over|regarding)\\s+(?:this|your|the\\s+review|"
          + "what\\s+you|it\\b)))");

  private static final Phrases INTIMIDATION = anyOf(
      "\\byou(?:'ll|'d|\\s+will|\\s+would|\\s+may|\\s+might)\\s+(?!not\\b)(?:\\w+\\s+)?regret\\b",
      "\\b(?:there\\s+(?:will|may|could)\\s+be|has|have|will\\s+have|face|facing|serious|real|consider\\s+the|think\\s+about\\s+the|"
          + "aware\\s+of\\s+the)\\s+consequences\\b", "\\bconsequences\\s+of\\s+(?:posting|writing|making|your|leaving)\\b",
      "\\b(?:land|get|put|landing|getting)\\s+you\\s+in(?:to)?\\s+(?:trouble|hot\\s+water|court|bother)\\b",
      "\\b(?:kept|keeping|taken|saved|have)\\s+(?:a\\s+|the\\s+)?screenshots?\\b",
      "\\bwe\\s+know\\s+(?:where\\s+you\\s+(?:live|work)|who\\s+you\\s+are|your\\s+(?:address|name|employer))\\b",
      "\\b(?:don'?t|do\\s+not|dont)\\s+think\\s+you\\s+can\\s+hide\\b", "\\byou\\s+can(?:'?t|not)\\s+hide\\b",
      "\\bhave\\s+your\\s+(?:details|address)\\s+and\\s+(?:we\\s+)?will\\s+use\\b", "\\bwe\\s+will\\s+find\\s+you\\b",
      "\\bwe\\s+have\\s+you\\s+on\\s+(?:cctv|camera|video|film)\\b",
      "\\b(?:you|your\\s+visit)\\s+(?:\\w+\\s+){0,2}?on\\s+(?:camera|cctv|video|film)\\b",
      "\\bbe\\s+(?:very\\s+|really\\s+)?sure\\s+(?:about\\s+|of\\s+)?what\\s+you(?:'re|\\s+are)?\\s+(?:claim|say|writ|post|alleg)\\w*",
      "\\b(?:advis|warn|urg)\\w*\\s+(?:you|the\\s+reviewer|the\\s+customer|them)\\s+(?:to|that|not)\\b",
      "\\b(?:ask|asking|request\\w*|get|getting|obtain\\w*)\\s+" + ReviewRules.PLATFORMS
          + "\\s+(?:for|to\\s+(?:give|hand\\s+over|share|reveal))\\s+(?:\\w+\\s+)?(?:your|the\\s+reviewer'?s?)\\b",
      "\\b(?:identify|unmask|trace|track\\s+down)\\s+(?:you|the\\s+reviewer)\\b",
      "\\bthink\\s+(?:very\\s+|really\\s+)?(?:carefully|hard|twice)\\s+(?:about|before)\\s+(?:what\\s+you|posting|writing|"
          + "you\\s+post|you\\s+write|leaving|reviewing|commenting)",
      "\\bthink\\s+(?:twice\\s+|carefully\\s+)?(?:about\\s+that\\s+)?before\\s+(?:you\\s+)?(?:post|write|review|comment)\\w*",
      "\\bcareful\\s+(?:about\\s+)?what\\s+you\\s+(?:post|write|say|put|publish)\\b", "\\bwatch\\s+what\\s+you\\s+(?:say|post|write)\\b",
      "\\b(?:final|last)\\s+warning\\b", "\\byou(?:'ve|\\s+have)\\s+been\\s+warned\\b", "\\bor\\s+else\\b",
      "\\b(?:won'?t|will\\s+not|wouldn'?t|would\\s+not|shan'?t)\\s+hesitate\\s+to\\s+(?:use|act|take|involve|report|pass|share|publish|"
          + "post|release|call)\\b",
      "\\b(?:use|using|share|sharing|publish\\w*|release\\w*|post\\w*)\\s+(?:it|this|them|the\\s+(?:footage|recordings?|video|cctv|"
          + "evidence|screenshots?))\\s+against\\s+you\\b",
      "\\bwe\\s+will\\s+be\\s+watching\\b", "\\bkeep\\s+(?:a\\s+)?records?\\s+of\\s+(?:everyone|anyone|people|customers)\\b",
      "\\b(?:contact|tell|inform|writ|call|ring)\\w*\\s+(?:to\\s+)?your\\s+(?:employer|boss|workplace|family|landlord)\\b",
      "\\b(?:will|would|may)\\s+be\\s+forced\\s+to\\b", "\\bno\\s+(?:choice|option)\\s+but\\s+to\\s+(?:involve|take|pass|report|contact)\\b",
      "\\b(?:will|would)\\s+use\\s+them\\b",
      "\\bif\\s+(?:(?!(?:me|us|we|i)\\b)\\S+\\s+){0,5}?(?:post(?:s|ed|ing)?|publish\\w*|repeat\\w*|"
          + "writ(?:e|es|ten|ing)\\s+(?:anything|things|something)"
          + "\\s+like\\s+(?:this|that))\\s+(?:\\S+\\s+){0,4}?again\\b");

  static final SentenceRule RULE = new SentenceRule("threat",
      "threatens legal action or intimidates",
      "FTC 16 CFR 465.7: no legal threats or intimidation to suppress a review",
      "no consequence for the customer; say what your records show and offer to talk, e.g. \"We would like to "
          + "understand what happened: please contact us.\"",
      LEGAL.or(INTIMIDATION));

  private Threats() {
  }
}
