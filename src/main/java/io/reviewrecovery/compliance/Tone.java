package io.reviewrecovery.compliance;

import static io.reviewrecovery.compliance.Phrases.anyOf;

/**
 * Hostile, accusatory, sarcastic, defensive, minimising, dismissive or blaming wording towards the
 * customer: calling the review a lie, insults, blaming the customer or those with them, mocking
 * advice, "nobody else complains", "we don't deserve this", "hardly the end of the world". The
 * patterns describe families of wording, not sentences: each says a way of turning on the customer
 * in words that carry it whatever the topic. A reply may disagree on facts, politely and without
 * blame ("We have no record of this visit and would welcome the chance to talk"); and staff may be
 * hard on themselves ("that was a ridiculous wait").
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

  /** A kind of business the customer is told this one is not: "we're not a supermarket". */
  private static final String KIND_OF_PLACE = "(?:supermarkets?|charit(?:y|ies)|restaurants?|hotels?|takeaways?|chains?|librar(?:y|ies)|"
      + "banks?|canteens?|caf[eé]s?|bakery|bakeries|factory|shops?|stores?|pubs?|bars?|diners?|bistros?|cr[eè]ches?|nurser(?:y|ies)|"
      + "playgrounds?|gyms?|offices?|hospitals?|fast[-\\s]food\\s+\\w+|mcdonald'?s|starbucks|greggs|mind[-\\s]?readers?|miracle\\s+workers?)";
  /** Who came with the customer: blaming them is blaming the customer. */
  private static final String COMPANY = "(?:\\w+\\s+)?(?:friends?|partner|husband|wife|son|daughter|child|children|kids?|group|party|"
      + "dog|family|companion|mate|colleague|guests?|boyfriend|girlfriend|mum|mom|dad|other\\s+half)";

  private static final Phrases ACCUSING = anyOf(
      "\\b" + AT_THEM + "\\s+" + HOW + DISPARAGED, "\\byou\\s+being\\s+" + HOW + DISPARAGED,
      "\\b(?:person|staff\\s+member|employee|waiter|waitress|barista|server|member\\s+of\\s+staff|colleague)\\s+(?:[\\w']+\\s+){0,3}?"
          + "(?:doesn'?t|does\\s+not|didn'?t|did\\s+not)\\s+exist\\b",
      "\\bnot\\s+sure\\s+(?:who|where)\\s+you\\s+(?:think|thought|imagine|imagined)\\b",
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
      "\\bwithout\\s+(?:a\\s+single|any|one)\\s+(?:other\\s+)?(?:complaint|problem|issue)s?\\b",
      "\\b(?:most|many|other|plenty\\s+of|all\\s+(?:our\\s+)?other)\\s+(?:other\\s+)?(?:people|customers|guests|diners|visitors|folks?)\\s+"
          + "(?:\\w+\\s+)?(?:manage|cope|get\\s+by|understand|have\\s+no\\s+(?:problem|trouble|issue|complaint)|are\\s+(?:perfectly\\s+)?"
          + "(?:happy|fine)|never\\s+complain|don'?t\\s+(?:complain|have\\s+(?:a|any)\\s+problem))",
      "\\b(?:nobody|no\\s+one|no-one)\\s+(?:forced|dragged|obliged|twisted\\s+your\\s+arm|made\\s+you\\s+(?!feel)\\w+)",
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
      "\\b(?:you|your\\s+(?:own\\s+)?" + COMPANY + ")\\s+(?:was|were|is|are)\\s+the\\s+(?:one|ones|person|people)\\s+(?:who|that)\\b",
      "\\bit\\s+was\\s+(?:you|your\\s+(?:own\\s+)?" + COMPANY + ")\\s+(?:who|that)\\b",
      "\\byou\\s+(?:(?:must|would|should)(?:'ve|\\s+have)\\s+|already\\s+|(?:full|perfectly|very)\\s+well\\s+|obviously\\s+)?"
          + "(?:knew|known)\\s+(?:that|the|it|there|this|about\\s+(?:the|it|this)|when|full|perfectly|beforehand|in\\s+advance|"
          + "what\\s+(?:was|it|the))\\b",
      "\\byou\\s+know\\s+(?:it|that)\\s*[.!]*$", "\\bas\\s+you\\s+(?:well|full\\s+well|very\\s+well)\\s+know\\b",
      "\\byou\\s+know\\s+(?:full|perfectly|very|fine)\\s+well\\b",
      "\\byou\\s+know\\s+(?:that|this|it)(?:'s|\\s+is|\\s+was)\\s+(?:not|untrue|false|a\\s+lie)\\b",
      "\\b(?:label|menu|sign|board|website|packaging|description|notice)s?\\s+(?:\\w+\\s+)?(?:said|says|say)\\s+so\\b",
      "\\b(?:given|since|considering|seeing\\s+as|despite|yet|even\\s+though)\\s+(?:that\\s+)?you\\s+(?:\\w+\\s+)?"
          + "(?:ate|finished|drank|cleared|polished\\s+off|wolfed)\\s+(?:\\w+\\s+){0,2}?"
          + "(?:every|whole|all|lot|entire|plate|crumb|bite|drop)\\b",
      "\\b(?:customers?|people|guests?|diners|visitors|those|anyone|someone)\\s+who\\s+(?:don'?t|do\\s+not|didn'?t|can'?t|cannot|"
          + "fail\\s+to|refuse\\s+to|won'?t|never)\\s+(?:bother\\s+to\\s+)?"
          + "(?:read|check|listen|look|follow|understand|pay\\s+attention)\\b",
      "\\b(?:can(?:'?t|not)|won'?t|will\\s+not|aren'?t|are\\s+not)\\s+(?:be\\s+)?(?:held\\s+)?(?:responsible|liable|accountable)\\s+"
          + "(?:for|if|when)\\s+(?:customers?|people|guests?|you|anyone|those|someone|diners|visitors)\\b",
      ",\\s+not\\s+(?:us|ours|our\\s+(?:staff|team|fault|staff\\s+member))\\s*[.!]*$",
      "\\byou\\s+(?:had|were\\s+having)\\s+a\\s+bad\\s+day\\b",
      "\\bwhy\\s+(?:you(?:'re|\\s+are|\\s+would)|would\\s+you)\\s+blam\\w*", "\\bnot\\s+sure\\s+why\\s+you\\b",
      "\\bwe\\s+actually\\s+did\\b", "(?:not|n't)\\s+our\\s+(?:problem|fault|responsibility|concern)\\b",
      "\\b(?:don'?t|do\\s+not)\\s+(?:normally|usually|generally|ordinarily)\\s+(?:refund|give|offer|do\\s+(?:this|that)|"
          + "make\\s+exceptions)\\b",
      "\\bchose\\s+to\\s+(?:post|write|review|complain|go\\s+online)\\b",
      "\\b(?:instead\\s+of|rather\\s+than)\\s+(?:saying|telling|speaking|talking|coming|raising|mentioning|letting)\\b");

  private static final Phrases MOCKING = anyOf(
      "\\bnext\\s+time\\s*,?\\s+(?:maybe\\s+|perhaps\\s+|just\\s+|please\\s+|try\\s+(?:to\\s+)?)?(?:read|check|look|learn|"
          + "try\\s+reading|do\\s+your|make\\s+sure\\s+you)\\b",
      "\\b(?:maybe|perhaps)\\s+(?:next\\s+time\\s*,?\\s*)?"
          + "(?:try\\b(?!\\s+(?:our|one\\s+of\\s+our|the\\s+new|some|a\\s+(?:free|slice|piece)))|read|check|learn|look\\s+at)\\b",
      "\\b(?:maybe|perhaps)\\s+(?:you\\s+(?:could|should|might|need\\s+to)\\s+)?(?:book|read|check|ask|arrive|order|plan|call|"
          + "ring|bring|remember|get\\s+here|think|look|let\\s+us\\s+know)\\w*\\b(?:\\s+\\S+){0,8}?\\s+next\\s+time\\b",
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
      "\\bi\\s+think\\s+you'?ll\\s+find\\b", "\\bwith\\s+(?:all\\s+)?(?:due|the\\s+(?:greatest|utmost))\\s+respect\\b", "\\bbless\\s+you\\b",
      "\\b(?:running|ran|run|went|going|go)\\s+(?:straight\\s+)?to\\s+(?:the\\s+internet|social\\s+media|" + ReviewRules.PLATFORMS + ")\\b",
      "\\bif\\s+you\\s+want\\s+(?:a\\s+|something\\s+)?(?:cheap|cheaper|fast\\s+food)\\b",
      "\\bthere'?s\\s+an?\\s+\\w+\\s+(?:round|around|down|up)\\s+the\\s+(?:corner|road|street)\\b",
      "\\b(?:interesting|funny)\\s+(?:that|how)\\b", "\\bconveniently\\b", "\\bhow\\s+convenient\\b",
      "\\bthis\\s+time\\s+you'?ll\\b", "\\b(?:a\\s+(?:bit|little)\\s+)?fairer\\s+(?:in|this\\s+time|next\\s+time)\\b");

  /** Defending the business by dismissing the review: "we don't deserve this", "our other reviews speak for themselves". */
  private static final Phrases DEFENSIVE = anyOf(
      "\\bwe\\s+(?:really\\s+|certainly\\s+|honestly\\s+|simply\\s+|just\\s+)?(?:don'?t|do\\s+not|didn'?t|did\\s+not)\\s+deserve\\b",
      "\\b(?:not\\s+(?:a\\s+|an\\s+)?(?:very\\s+)?(?:fair|honest|accurate|true|genuine|balanced|reasonable)|unfair|dishonest|inaccurate|"
          + "unjust|unjustified|undeserved|unwarranted|misleading|one-sided|biased|uncalled[-\\s]for)\\s+"
          + "(?:reviews?|ratings?|comments?|posts?|complaints?|portrayal|representation|picture|description)\\b",
      "\\b(?:this|that|the|your|such\\s+an?|an?)\\s+(?:[\\w-]+\\s+)?(?:reviews?|ratings?|comments?|posts?|complaints?)\\s+"
          + "(?:(?:is|was|seems|seemed|feels|felt|as|quite|rather|very|frankly|"
          + "both|and|a\\s+bit|somewhat|deeply|extremely|really|so|pretty|totally|completely|entirely|simply|just|a\\s+little)\\s+)*"
          + "(?:disappointing|unfair|unjust|unjustified|undeserved|unwarranted|uncalled[-\\s]for|misleading|inaccurate|one-sided|"
          + "biased|harsh|over\\s+the\\s+top)\\b",
      "\\b(?:hundreds|thousands|dozens|plenty|lots|loads)\\s+of\\s+(?:\\w+\\s+)?(?:happy|satisfied|loyal|regular|returning|other)\\s+"
          + "(?:customers|guests|diners|clients|regulars|reviews)\\b",
      "\\b(?:reviews|ratings|record|reputation)\\s+(?:\\w+\\s+)?speaks?\\s+for\\s+(?:themselves|itself)\\b",
      "\\b(?:lose|losing|lost)\\s+(?:any\\s+)?sleep\\s+over\\b",
      "\\bthe\\s+thanks\\s+we\\s+get\\b", "\\bbent\\s+over\\s+backwards\\b",
      "\\bafter\\s+(?:all|everything)\\s+(?:that\\s+)?we(?:'ve|\\s+have)?\\s+(?:done|did|do)\\s+for\\s+you\\b",
      "\\bdraw\\s+(?:your|their)\\s+own\\s+conclusions?\\b", "\\bspeaks?\\s+volumes\\b", "\\bmake\\s+of\\s+that\\s+what\\s+you\\s+will\\b",
      "\\b(?:let|leave)\\s+(?:readers|others|people|everyone|other\\s+customers)\\s+(?:to\\s+)?(?:judge|decide)\\b");

  /** Saying the opposite of what is meant, at the customer's expense. */
  private static final Phrases SARCASTIC = anyOf(
      "\\bbelieve\\s+it\\s+or\\s+not\\b", "\\bwould\\s+you\\s+believe\\b", "\\(\\s*not\\s*\\)", "\\bnot\\s*!+\\s*$",
      "\\bsaid\\s+no\\s*(?:one|body)\\s+ever\\b", "\\bred\\s+carpet\\b", "\\broyal\\s+treatment\\b",
      "\\b(?:heaven|god|lord)\\s+forbid\\b", "\\bshock\\s*,?\\s+horror\\b", "\\bnews\\s*flash\\b", "\\bjust\\s+saying\\b",
      "\\b(?:excuse|forgive|pardon)\\s+(?:us|me)\\s+for\\b", "\\bmind[-\\s]?readers?\\b", "\\bwho\\s+knew\\b",
      "\\b(?:strange|odd|curious|surprising|amazing)\\s+(?:that|how)\\s+you\\b",
      "\\b(?:surprised|amazed|shocked|astonished|baffled|puzzled)\\s+(?:that\\s+)?you(?:'re|\\s+are|\\s+would|'d|\\s+did|\\s+have|'ve)?\\s+"
          + "(?:\\w+\\s+)?(?:complain|moan|post|review|unhappy|upset)\\w*",
      "\\b(?:it'?s|it\\s+is|this\\s+is|we'?re|we\\s+are)\\s+(?:only\\s+|just\\s+)?an?\\s+(?:[\\w-]+\\s+){0,2}?[\\p{L}-]+\\s*,\\s*"
          + "not\\s+an?\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}\\s*[.!]*$",
      "(?:^|[,;:-]\\s*)we(?:'re|\\s+are)\\s+not\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}?" + KIND_OF_PLACE + "\\s*[.!]*$");

  /** Making light of what went wrong: "hardly the end of the world", "a fuss about nothing". */
  private static final Phrases MINIMISING = anyOf(
      "\\bend\\s+of\\s+the\\s+world\\b", "\\bworld\\s+(?:didn'?t|did\\s+not|won'?t|will\\s+not)\\s+end\\b",
      "\\bhardly\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:disaster|catastrophe|tragedy|crime|emergency|deal|problem|issue|hardship|drama)\\b",
      "\\b(?:no|not\\s+(?:such\\s+)?a|hardly\\s+a)\\s+(?:big|huge|massive)\\s+deal\\b", "\\bstorm\\s+in\\s+a\\s+tea\\s*cup\\b",
      "\\bmountains?\\s+out\\s+of\\s+(?:a\\s+)?molehills?\\b", "\\bfirst[-\\s]world\\s+problems?\\b", "\\bget\\s+over\\s+it\\b",
      "\\b(?:all\\s+this|such\\s+a|so\\s+much|this\\s+much|a\\s+lot\\s+of)\\s+fuss\\b", "\\bfuss\\s+(?:over|about)\\s+nothing\\b");

  /** Waving the customer away: "not sure what you expect", "this isn't the place for you", "a pinch of salt". */
  private static final Phrases DISMISSIVE = anyOf(
      "\\b(?:not\\s+sure|no\\s+idea|don'?t\\s+know|unsure)\\s+what\\s+(?:else\\s+|more\\s+)?you\\s+(?:expect|were\\s+expecting|"
          + "are\\s+expecting|want\\s+from\\s+us|think\\s+we)\\b",
      "\\bwhat\\s+(?:more|else)\\s+(?:do|did|could|can|would)\\s+you\\s+(?:want|expect)\\b",
      "\\b(?:isn'?t|is\\s+not|wasn'?t|was\\s+not|aren'?t|are\\s+not|may\\s+not\\s+be|might\\s+not\\s+be)\\s+(?:really\\s+)?"
          + "(?:the\\s+(?:[\\w-]+\\s+){1,2}|somewhere\\s+)?for\\s+you\\b(?!\\s+to\\b)",
      "\\b(?:take|taking|took|taken|read|treat)\\w*\\s+(?:this|it|that|these|the\\s+\\w+|your\\s+\\w+|such\\s+\\w+)\\s+(?:\\w+\\s+)?"
          + "with\\s+a\\s+(?:pinch|grain)\\s+of\\s+salt\\b");

  static final SentenceRule RULE = new SentenceRule("tone",
      "uses hostile, blaming, sarcastic, defensive or dismissive wording towards the customer",
      "house rule, after the platforms' guidance on replies: courteous, never personal",
      "an apology and what you are doing about it; where the facts differ, say so without blame, e.g. \"We have no "
          + "record of this visit and would welcome the chance to talk.\"",
      ACCUSING.or(INSULTING).or(BLAMING).or(MOCKING).or(DEFENSIVE).or(SARCASTIC).or(MINIMISING).or(DISMISSIVE));

  private Tone() {
  }
}
