package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

/**
 * Hostile, accusatory, sarcastic, defensive or blaming wording towards the customer: calling the
 * review a lie, insults, blaming the customer, mocking advice, "nobody else complains". A reply
 * may disagree on facts, politely and without blame ("We have no record of this visit and would
 * welcome the chance to talk"); and staff may be hard on themselves ("that was a ridiculous wait").
 */
final class Tone {

  /** Who the words are aimed at: the customer, the reviewer, their review. */
  private static final String AT_THEM = "(?:you(?:'re|\\s+are|\\s+were|\\s+must\\s+be|\\s+seem(?:ed)?|\\s+sound)"
      + "|your\\s+(?:review|complaint|post|comment|claim|story|account)s?\\s+(?:is|was|are|were|seems?|sounds?)"
      + "|(?:the|this|that)\\s+(?:customer|reviewer|guest|person|gentleman|lady|man|woman|review|complaint|post|claim|story)"
      + "\\s+(?:is|was|were|seems?|sounds?))";
  private static final String HOW = "(?:(?:very|extremely|incredibly|so|really|clearly|obviously|quite|just|being|a\\s+bit|"
      + "completely|totally|utterly|simply|blatantly|a|an|the|most|absolutely|frankly|rather|pretty)\\s+)*";
  private static final String DISPARAGED = "(?:rude|abusive|aggressive|drunk|intoxicated|hostile|unpleasant|obnoxious|"
      + "threatening|shouting|entitled(?!\\s+to)|difficult|troll|lying|liar|dishonest|clueless|ignorant|stupid|unreasonable|"
      + "impossible|racist|violent|disruptive|demanding|wrong|lie|fake|false|untrue|made\\s+up|fabricated|invented|"
      + "fiction|nonsense|rubbish|ridiculous|absurd|laughable|fraudulent|exaggerated|malicious|petty|childish|"
      + "hysterical|delusional|pathetic|unfair|bogus|scam)\\b";

  private static final Phrases ACCUSING = anyOf(
      "\\b" + AT_THEM + "\\s+" + HOW + DISPARAGED,
      "\\b(?:ridiculous|absurd|laughable|pathetic|fake|false|bogus|fraudulent|malicious|dishonest|made-up|silly)\\s+"
          + "(?:reviews?|complaints?|claims?|allegations?|accusations?|posts?|comments?|stor(?:y|ies))\\b",
      "\\bliars?\\b", "\\b(?:you(?:'re|\\s+are|\\s+were)|is|are|stop)\\s+lying\\b", "\\blying\\s+about\\b",
      "\\b(?:being\\s+)?lied\\s+(?:about|to)\\b", "\\ba\\s+(?:complete\\s+|total\\s+|blatant\\s+|outright\\s+|downright\\s+)?lie\\b",
      "\\b(?:tell|telling|told|spread|spreading|post|posting|full\\s+of|pack\\s+of|more|these|such)\\s+lies\\b",
      "\\bmade\\s+(?:this|it|that)\\s+up\\b", "\\bmade\\s+up\\b(?!\\s+for)",
      "\\byou(?:'ve|\\s+have)?\\s+never\\s+(?:even\\s+)?(?:been|came|come|visited|ordered|set\\s+foot|eaten|bought|booked|stepped|paid)\\b",
      "\\b(?:we|one)\\s+can\\s+only\\s+assume\\b",
      "\\b(?:simply|just|absolutely|completely|totally|categorically|entirely)\\s+(?:not\\s+true|untrue|false)\\b",
      "\\b(?:this|that|it)\\s+(?:is|was)\\s+(?:not\\s+true|untrue)\\b",
      "\\btrolls?\\b", "\\baxe\\s+to\\s+grind\\b", "\\bsimilar\\s+reviews\\b",
      "\\b(?:reviewer|customer|person|individual)\\s+is\\s+(?:well\\s+)?known\\s+to\\s+us\\b",
      "\\b(?:hard|difficult|impossible)\\s+to\\s+believe\\b(?!\\s+(?:that\\s+)?(?:we|our|it\\s+happened))",
      "\\b(?:hard|difficult|impossible)\\s+to\\s+take\\s+(?:this|it|you|that)\\s+seriously\\b",
      "\\bcan(?:'t|not)\\s+take\\s+(?:this|it|you)\\s+seriously\\b",
      "\\b(?:left|walked\\s+out|went)\\s+without\\s+paying\\b", "\\bdidn'?t\\s+even\\s+pay\\b", "\\brefused\\s+to\\s+pay\\b",
      "\\bsomething\\s+for\\s+nothing\\b",
      "\\b(?:this|that|it)\\s+(?:isn'?t|is\\s+not|wasn'?t|was\\s+not)\\s+(?:really\\s+|quite\\s+|exactly\\s+)?what\\s+happened\\b",
      "\\b(?:isn'?t|is\\s+not|wasn'?t|was\\s+not|aren'?t|are\\s+not)\\s+true\\b",
      "\\banyone\\s+who\\s+(?:has\\s+)?(?:actually|really|ever)\\b",
      "\\b(?:nobody|no\\s+one|none\\s+of\\s+(?:us|our\\s+\\w+|the\\s+\\w+))\\s+(?:\\w+\\s+){0,3}?remembers?\\s+(?:you|serving)\\b",
      "\\bus\\s+(?:confused|mixed\\s+up|muddled\\s+up)\\s+with\\b",
      "\\bhappened\\s+(?:at|on)\\s+your\\s+end\\b",
      "\\b(?:photos?|pictures?)\\s+(?:\\w+\\s+){0,3}?(?:don'?t|do\\s+not|doesn'?t|does\\s+not)\\s+match\\b");

  private static final Phrases INSULTING = anyOf(
      "\\b(?:the\\s+)?(?:rudest|worst|most\\s+(?:difficult|unpleasant|entitled|obnoxious|aggressive|demanding|unreasonable))"
          + "\\s+(?:customers?|person|people|guests?|reviewers?|clients?)\\b",
      "\\b(?:rude|abusive|aggressive)\\s+(?:to|towards)\\s+(?:our|my|the)\\b",
      "\\b(?:abus\\w*|shout\\w*\\s+at|sw(?:ore|ear\\w*)\\s+at|scream\\w*\\s+at|yell\\w*\\s+at|insult\\w*)\\s+(?:our|my|the)\\s+\\w+",
      "\\byour\\s+(?:behaviou?r|attitude|conduct|manners)\\b",
      "\\b(?:idiots?|idiotic|morons?|muppets?|karens?|snowflakes?|cheapskates?|freeloaders?|scroungers?|time[-\\s]?wasters?|"
          + "nutters?|losers?|keyboard\\s+warriors?)\\b",
      "\\bstupid\\b(?!\\s+(?:mistake|error)s?)",
      "\\b(?:load|pack)\\s+of\\s+(?:rubbish|nonsense|lies|garbage|rot|bull\\w*)\\b",
      "\\bsuch\\s+(?:nonsense|rubbish|drivel|garbage|rot)\\b", "\\b(?:utter|complete|total|absolute)\\s+(?:nonsense|drivel|garbage|rot)\\b",
      "\\bhow\\s+dare\\s+you\\b", "\\bshame\\s+on\\s+you\\b", "\\bget\\s+a\\s+life\\b", "\\bgrow\\s+up\\b", "\\bgood\\s+riddance\\b",
      "\\bwon'?t\\s+(?:be\\s+)?miss(?:ing|ed)?\\s+(?:you|your)\\b", "\\b(?:are|were|is)\\s+not\\s+welcome\\b", "\\bnot\\s+welcome\\s+back\\b",
      "\\bdon'?t\\s+(?:bother\\s+)?(?:come|coming)\\s+back\\b", "\\bdon'?t\\s+let\\s+the\\s+door\\b",
      "\\btake\\s+your\\s+(?:business|custom|money)\\s+elsewhere\\b",
      "\\bsays\\s+more\\s+about\\s+you\\b", "\\beasily\\s+offended\\b", "\\bhiding\\s+behind\\s+(?:a|your|the)\\s+(?:keyboard|screen)\\b",
      "\\bsome\\s+(?:people|customers|folks?)\\s+(?:will|just|always|never)\\b",
      "\\bcomplain\\w*\\s+about\\s+(?:anything|everything)\\b",
      "\\bcustomer\\s+is\\s+(?:not|n't)\\s+always\\s+right\\b",
      "\\b(?:taking|take)\\s+lectures\\b",
      "\\bunlike\\s+(?:some|other|certain)\\s+(?:of\\s+the\\s+)?(?:people|customers|reviewers)\\b",
      "\\bone\\s+of\\s+those\\s+(?:customers|people|reviewers)\\b",
      "\\bthe\\s+least\\s+you\\s+could\\s+do\\b",
      "\\bpeople\\s+like\\s+(?:you|this|that|them)\\b", "\\bgive\\s+\\w+\\s+a\\s+bad\\s+name\\b",
      "\\blike\\s+an?\\s+(?:adult|grown[-\\s]?up)\\b",
      "\\byour\\s+(?:servants?|slaves?)\\b", "\\bpunch(?:ing)?\\s*bags?\\b", "\\bnot\\s+a\\s+charity\\b",
      "\\bsome\\s+of\\s+us\\s+(?:have\\s+to|actually)\\b", "\\bnice\\s+try\\b", "\\bbut\\s+(?:fine|ok|okay|whatever)\\s*[.!]*$",
      "\"(?:feedback|review|complaint|experience|opinion|customer|issue|problem|allergy)\"",
      "\\b(?:kinder|nicer|fairer)\\s+than\\b", "\\bversion\\s+of\\s+events\\b",
      "\\b(?:enjoys?|likes?|loves?)\\s+(?:writing|posting|leaving)\\s+(?:bad|negative|nasty|fake|these)\\b",
      "\\bover[-\\s]?react\\w*", "\\bcalm\\s+down\\b", "\\b(?:took|take|taking)\\s+it\\s+out\\s+on\\b",
      "\\b(?:spoken|talked|speak|talk)\\s+to\\s+(?:us\\s+|our\\s+\\w+\\s+|people\\s+)?like\\s+that\\b",
      "\\bcan'?t\\s+please\\s+everyone\\b", "^(?:typical|hmm+|well\\s+well|oh\\s+dear|wow)\\b\\s*[,.!]");

  private static final Phrases BLAMING = anyOf(
      "\\b(?:it'?s|it\\s+(?:is|was)|that'?s|that\\s+(?:is|was)|entirely|completely)\\s+your\\s+(?:own\\s+)?fault\\b",
      "\\byour\\s+own\\s+fault\\b",
      "\\b(?:if\\s+you(?:'d|\\s+had)|had\\s+you)\\s+(?:only\\s+|just\\s+)?(?:been|bothered|read|checked|listened|looked|"
          + "followed|asked|told|called|arrived|come|turned\\s+up|booked|ordered|collected|kept|stored|paid|taken)\\b",
      "\\byou\\s+should(?:'ve|\\s+have)\\s+(?:read|checked|asked|told|known|looked|listened|followed|booked|ordered|"
          + "arrived|come|called|collected|stored|kept|refrigerated|mentioned|said|been\\s+(?:more|less|on\\s+time|polite))\\b",
      "\\byou\\s+(?:failed|neglected|forgot)\\s+to\\b",
      "\\byou(?:'re|\\s+are|\\s+were)?\\s+(?:obviously|clearly|evidently)\\b", "\\b(?:clearly|obviously)\\s+you\\b",
      "\\b(?:customer|reviewer|guest)\\s+(?:clearly|obviously)\\b",
      "(?<!\\bbeen\\s)(?<!\\bbe\\s)\\bclearly\\s+(?:states?|stated|says|said|written|marked|shown|displayed|labell?ed|explained|"
          + "signposted|advertised)\\b",
      "\\bas\\s+(?:you\\s+would|you'd|anyone\\s+would)\\s+know\\b", "\\bas\\s+(?:is\\s+|was\\s+)?(?:clearly\\s+)?stated\\b",
      "\\bas\\s+it\\s+(?:clearly\\s+)?says\\b",
      "\\bmust\\s+have\\s+(?:happened|been\\s+(?:damaged|dropped|broken|squashed))\\s+after\\s+you\\b",
      "\\b(?:perfect|fine|intact)\\s+when\\s+it\\s+left\\b",
      "\\b(?:nobody|no\\s+one|no-one)\\s+else\\s+(?:has|had|ever|complain\\w*|seems?|is|was)\\b",
      "\\bnever\\s+had\\s+(?:a|any)\\s+(?:other\\s+)?complaints?\\b",
      "\\bnever\\s+(?:had|heard|received|got)\\s+(?:a|any|another|one)\\s+(?:other\\s+)?(?:customer|person|guest|client|one)s?\\s+"
          + "(?:\\w+\\s+)?complain\\w*",
      "\\byou\\s+could(?:'ve|\\s+have)\\s+(?:just\\s+)?(?:spoken|told|asked|called|mentioned|said|come|raised|let)\\b",
      "\\byou\\s+(?:do\\s+not|don'?t|didn'?t|did\\s+not)\\s+(?:seem\\s+to\\s+)?(?:appreciate|understand|reali[sz]e|get)\\s+(?:how|that|what)\\b",
      "\\b(?:don'?t|do\\s+not)\\s+think\\s+you\\s+(?:appreciate|understand|reali[sz]e)\\b",
      "\\bmade\\s+(?:your\\s+mind\\s+up|up\\s+your\\s+mind)\\b",
      "\\byou\\s+did\\s+(?:sign|agree|order|approve|choose|ask|confirm|say|tell)\\b",
      "\\byou\\s+(?:left\\s+it|waited)\\s+(?:\\w+\\s+){0,3}?(?:to|before)\\s+(?:tell|contact|complain|let|mention|say)\\w*",
      "\\b(?:very|completely|totally|rather|quite)\\s+different\\s+story\\b",
      "\\bonly\\s+(?:person|one|customer)\\s+(?:who|to|that)\\s+(?:has\\s+)?(?:ever\\s+)?complain\\w*",
      "\\bother\\s+customers\\s+(?:don'?t|do\\s+not|never|seem|are\\s+(?:happy|fine)|have\\s+no)\\b",
      "\\bwhat\\s+(?:did|do)\\s+you\\s+expect\\b", "\\b(?:not\\s+sure|no\\s+idea|don'?t\\s+know)\\s+what\\s+you\\s+expected\\b",
      "\\byou\\s+(?:got|received|were\\s+given|were\\s+served)\\s+exactly\\s+what\\b",
      "\\byou\\s+(?:arrived|turned\\s+up|came|showed\\s+up)\\s+(?:\\w+\\s+){0,2}?late\\b",
      "\\byou\\s+(?:didn'?t|did\\s+not|never)\\s+(?:even\\s+)?bother\\b",
      "\\bsorry\\s+(?:that\\s+)?you\\s+feel\\s+(?:that\\s+way|like\\s+that)\\s*,?\\s+but\\b",
      "\\bwe\\s+did\\s+nothing\\s+wrong\\b", "\\bwe\\s+(?:do\\s+not|don'?t)\\s+accept\\s+(?:any\\s+of\\s+)?(?:this|it|that|your)\\b",
      "\\bwe\\s+stand\\s+by\\s+our\\s+(?:staff|team|decision|service|product|food)\\b",
      "(?<!\\bif\\s)\\byou\\s+just\\s+(?:didn'?t|did\\s+not|don'?t|couldn'?t|weren'?t|wanted\\s+to|want\\s+to)\\b",
      "\\bevery\\s+other\\s+(?:table|customer|guest|person|diner|order|client)s?\\b",
      "\\b(?:everyone|everybody)\\s+else\\s+(?:was|is|loved|enjoyed|seemed|seems|liked|had)\\b",
      "\\bour\\s+(?:other\\s+)?(?:customers|guests|regulars|clients)\\s+(?:all\\s+)?(?:love|loved|enjoy|like|are\\s+happy|never)\\b",
      "\\byou\\s+(?:were|are)\\s+the\\s+one\\s+(?:who|that)\\b", "\\byou\\s+(?:had|were\\s+having)\\s+a\\s+bad\\s+day\\b",
      "\\bwhy\\s+(?:you(?:'re|\\s+are|\\s+would)|would\\s+you)\\s+blam\\w*", "\\bnot\\s+sure\\s+why\\s+you\\b",
      "\\bwe\\s+actually\\s+did\\b", "(?:not|n't)\\s+our\\s+(?:problem|fault|responsibility|concern)\\b",
      "\\b(?:don'?t|do\\s+not)\\s+(?:normally|usually|generally|ordinarily)\\s+(?:refund|give|offer|do\\s+(?:this|that)|"
          + "make\\s+exceptions)\\b",
      "\\bchose\\s+to\\s+(?:post|write|review|complain|go\\s+online)\\b",
      "\\b(?:instead\\s+of|rather\\s+than)\\s+(?:saying|telling|speaking|talking|coming|raising|mentioning|letting)\\b");

  private static final Phrases MOCKING = anyOf(
      "\\bnext\\s+time\\s*,?\\s+(?:maybe\\s+|perhaps\\s+|just\\s+|please\\s+|try\\s+(?:to\\s+)?)?(?:read|check|look|learn|"
          + "try\\s+reading|do\\s+your|make\\s+sure\\s+you)\\b",
      "\\b(?:maybe|perhaps)\\s+(?:next\\s+time\\s*,?\\s*)?(?:try|read|check|learn|look\\s+at)\\b",
      "\\b(?:you'?d|you\\s+would|you\\s+might)\\s+be\\s+(?:happier|better\\s+off)\\b",
      "\\blearn\\s+to\\s+(?:read|count|tell|cook|wait)\\b", "\\bdo\\s+your\\s+(?:research|homework)\\b",
      "\\b(?:read|check)\\s+(?:the|our)\\s+(?:menu|terms|website|allergen\\w*|opening\\s+hours|small\\s+print|description)"
          + "\\s+(?:before|first)\\b",
      "\\bbefore\\s+(?:complaining|moaning|whinging|whining)\\b",
      "\\bthanks\\s+for\\s+the\\s+(?:free\\s+)?(?:advertising|publicity|advert|plug)\\b",
      "\\byour\\s+(?:(?:very|rather|impossibly|incredibly)\\s+)?(?:impossible|exacting|lofty|unrealistic|high)\\s+standards\\b",
      "\\b(?:lol|lmao|haha|smh|rofl)\\b", "\\benjoy\\s+your\\s+(?:supermarket|cheap|frozen)\\b",
      "\\bwhat\\s+planet\\b", "^seriously\\s*[?!]", "\\bit'?s\\s+called\\s+\\w+[.!]*$",
      "\\bif\\s+you\\s+can'?t\\s+(?:handle|cope\\s+with|manage|deal\\s+with|stand)\\b",
      "\\b(?:isn'?t|is\\s+not)\\s+(?:the\\s+place\\s+)?for\\s+you\\b(?!\\s+to\\b)",
      "\\bi\\s+think\\s+you'?ll\\s+find\\b", "\\bwith\\s+(?:all\\s+)?(?:due|the\\s+(?:greatest|utmost))\\s+respect\\b", "\\bbless\\s+you\\b",
      "\\b(?:running|ran|run|went|going|go)\\s+(?:straight\\s+)?to\\s+(?:the\\s+internet|social\\s+media|" + ReviewRules.PLATFORMS + ")\\b",
      "\\bif\\s+you\\s+want\\s+(?:a\\s+|something\\s+)?(?:cheap|cheaper|fast\\s+food)\\b",
      "\\bthere'?s\\s+an?\\s+\\w+\\s+(?:round|around|down|up)\\s+the\\s+(?:corner|road|street)\\b",
      "\\b(?:interesting|funny)\\s+(?:that|how)\\b", "\\bconveniently\\b", "\\bhow\\s+convenient\\b",
      "\\bthis\\s+time\\s+you'?ll\\b", "\\b(?:a\\s+(?:bit|little)\\s+)?fairer\\s+(?:in|this\\s+time|next\\s+time)\\b");

  static final SentenceRule RULE = new SentenceRule("tone",
      "uses hostile, blaming, sarcastic or defensive wording towards the customer",
      "house rule, after the platforms' guidance on replies: courteous, never personal",
      "an apology and what you are doing about it; where the facts differ, say so without blame, e.g. \"We have no "
          + "record of this visit and would welcome the chance to talk.\"",
      ACCUSING.or(INSULTING).or(BLAMING).or(MOCKING));

  private Tone() {
  }
}
