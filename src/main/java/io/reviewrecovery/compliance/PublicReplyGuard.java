package io.reviewrecovery.compliance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Checks a public reply, or the early public acknowledgement, before it is approved and again
 * before it is posted: everyone can read it, and future customers judge the business by it. So it
 * is courteous and blames nobody, threatens nobody, offers nothing for changing the review and does
 * not ask for it to be changed; it names no customer, gives nobody's contact details or address,
 * and says nothing about the order, the money, the dates or the remedy. The business's own contact
 * email and phone are welcome, and so are the first names of its staff.
 *
 * <p>Each reply it refuses, at approval or before posting, counts in the metric {@value #REFUSED}.
 */
@Component
public class PublicReplyGuard {

  private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
      + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "mx", "sir");
  private static final String TITLE = "\\b(?:mr|mrs|ms|miss|dr|mx)\\.?\\s+";
  /** Consecutive words of the remedy details that, found in the reply, give the remedy away. */
  private static final int REMEDY_DETAIL_WORDS = 4;
  private static final List<SentenceRule> RULES = List.of(
      ReviewRules.INCENTIVE, Threats.RULE, ReviewRules.REMOVAL_REQUEST, Tone.RULE);
  /** Where a name is written in lower case as a name: "hi jane", "thanks jane", or "jane," opening the reply. */
  private static final String AS_A_NAME = "(?:(?:^|\\b(?:hi|hello|hey|dear|thanks|thank\\s+you|sorry|morning|afternoon|evening))"
      + "\\s*,?\\s*)";
  private static final String NO_DETAILS = "\"We have been in touch privately to put this right.\"";

  private static final List<Pattern> STREET_ADDRESS = List.of(Pattern.compile(
      "\\b\\d{1,4}[a-z]?,?\\s+(?:[A-Z][\\w'-]*\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Way|Place"
          + "|Court|Crescent|Terrace|Gardens|Square|Hill|Row|Mews|Grove|Park|Walk|Boulevard)\\b"));
  private static final List<Pattern> UK_POSTCODE = List.of(Pattern.compile(
      "\\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b"));
  private static final List<Pattern> ORDER_REFERENCE = List.of(
      Pattern.compile("\\b[A-Z]{2,5}-\\d{3,}\\b"),
      Pattern.compile("\\b(?:order|transaction|invoice|receipt|booking)\\s*(?:#|no\\.?|number|ref(?:erence)?)?\\s*:?"
          + "\\s*#?\\s*\\d{3,}\\b", CASE_INSENSITIVE));
  private static final List<Pattern> MONEY = List.of(
      Pattern.compile("[£$€]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?"),
      Pattern.compile("\\b(?:GBP|USD|EUR)\\s?\\d[\\d,]*(?:\\.\\d{1,2})?", CASE_INSENSITIVE),
      Pattern.compile("\\b\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:pounds?|quid|dollars?|euros?|pence|bucks|GBP|USD|EUR)\\b",
          CASE_INSENSITIVE),
      Pattern.compile("\\b(?:" + NUMBER_WORD + "[-\\s]?){1,3}(?:pounds|quid|dollars|euros)\\b", CASE_INSENSITIVE));
  private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
  /** How the business reached the customer in private: when and how often is private too. */
  private static final String CONTACTED = "rang|phoned|emailed|e-mailed|texted|messaged|wrote|spoken|talked|met|contacted|tried"
      + "|reached|replied|heard|left";
  private static final List<Pattern> CONTACT_HISTORY = List.of(Pattern.compile(
      "\\b(?:" + CONTACTED + "|called|spoke)\\s+(?:to\\s+|with\\s+)?(?:you|her|him|them)\\s+(?:\\w+\\s+){0,2}?(?:twice|three\\s+times|"
          + "several\\s+times|\\d+\\s+times|(?:a\\s+)?(?:few|couple\\s+of|number\\s+of)\\s+times|again|repeatedly|yesterday|"
          + "this\\s+(?:morning|afternoon|evening|week)|last\\s+(?:night|week|month))\\b", CASE_INSENSITIVE));
  private static final List<Pattern> DATE = List.of(
      Pattern.compile("\\b" + WEEKDAY + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b", CASE_INSENSITIVE),
      Pattern.compile("(?<=\\b(?:your|spoke|came|visited|ordered|called|booked|collected|delivered|" + CONTACTED + ")\\b"
          + "[^.!?]{0,60}\\b(?:on|last|this|since)\\s)" + WEEKDAY + "\\b", CASE_INSENSITIVE),
      Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:\\s+\\d{4})?", CASE_INSENSITIVE),
      Pattern.compile("\\b" + MONTH + "\\s+(?:\\d{1,2}(?:st|nd|rd|th)?|\\d{4})\\b", CASE_INSENSITIVE),
      Pattern.compile("\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b", CASE_INSENSITIVE),
      Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"),
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
  private static final List<Pattern> REMEDY = List.of(Pattern.compile(
      "\\brefund\\w*|\\breplacements?\\b|\\bvouchers?\\b|\\bcoupons?\\b|\\bcredit(?:s|ed)?\\b(?!\\s+card)|\\bdiscount\\w*"
          + "|\\bcompensat\\w*|\\breimburs\\w*|\\bmoney\\s+back\\b|\\bgift\\s*cards?\\b|\\bfree\\s+of\\s+charge\\b"
          + "|\\bat\\s+no\\s+(?:charge|cost)\\b|\\bon\\s+the\\s+house\\b|\\bcomplimentary\\b|\\bredo(?:ne)?\\b",
      CASE_INSENSITIVE));

  /** Public replies and acknowledgements the guard refused. */
  public static final String REFUSED = "reviewrecovery.public.replies.refused";

  private final ReviewRecoveryProperties.Business business;
  private final Counter refused;

  public PublicReplyGuard(ReviewRecoveryProperties properties, MeterRegistry meters) {
    this.business = properties.business();
    this.refused = Counter.builder(REFUSED).description("Public replies the guard refused, at approval or before posting")
        .register(meters);
  }

  /**
   * Each sentence the reply must not say and each private detail it must not contain; empty when
   * the reply may be posted.
   */
  public List<ReplyFinding> check(String reply, CaseSpecifics specifics) {
    if (reply == null) {
      return List.of();
    }
    String text = PlainText.normalize(reply);
    List<ReplyFinding> findings = new ArrayList<>();
    SentenceRule.breaches(RULES, text).stream().map(ReplyFinding::of).forEach(findings::add);
    add(findings, "the customer's name", "no name, e.g. \"Thank you for your review.\"",
        customerNames(text, specifics.customerNames()));
    add(findings, "an email address", ownContact(), PersonalData.emailAddresses(text).stream()
        .filter(email -> !email.equalsIgnoreCase(business.contactEmail())));
    add(findings, "a phone number", ownContact(), PersonalData.phoneNumbers(text).stream()
        .filter(phone -> !hasText(business.contactPhone()) || !PersonalData.samePhoneNumber(phone, business.contactPhone())));
    add(findings, "a postal address", "no address, e.g. \"the delivery\".", matches(text, STREET_ADDRESS));
    add(findings, "a postcode", "no address, e.g. \"the delivery\".", matches(text, UK_POSTCODE));
    add(findings, "an order or transaction reference", NO_DETAILS, Stream.concat(
        literal(text, specifics.orderReference()), matches(text, ORDER_REFERENCE)));
    add(findings, "an amount of money", NO_DETAILS, matches(text, MONEY));
    add(findings, "a date", NO_DETAILS, matches(text, DATE));
    add(findings, "our private contact with the customer", NO_DETAILS, matches(text, CONTACT_HISTORY));
    add(findings, "a specific of the remedy", NO_DETAILS,
        Stream.concat(matches(text, REMEDY), remedyDetails(text, specifics.remedyDetails())));
    if (!findings.isEmpty()) {
      refused.increment();
    }
    return findings;
  }

  private static void add(List<ReplyFinding> findings, String what, String instead, Stream<String> quotes) {
    new LinkedHashSet<>(quotes.toList()).forEach(quote -> findings.add(ReplyFinding.privateDetail(quote, what, instead)));
  }

  /** The business's own contact details, the only ones a public reply may give. */
  private String ownContact() {
    return "only the business's own contact, " + business.contactEmail()
        + (hasText(business.contactPhone()) ? " or " + business.contactPhone() : "") + ".";
  }

  private static Stream<String> matches(String text, List<Pattern> patterns) {
    return patterns.stream().flatMap(pattern -> pattern.matcher(text).results()).map(MatchResult::group).map(String::strip);
  }

  private static Stream<String> literal(String text, String value) {
    return hasText(value) ? matches(text, List.of(Pattern.compile(Pattern.quote(value.strip()), CASE_INSENSITIVE))) : Stream.empty();
  }

  /**
   * Each part of a name (first name alone too) written as a name: with a capital ("Will" for Will
   * Turner, not the "will" of "we will"), in lower case where only a name fits ("hi jane"), or an
   * initial after a title ("Ms D"). Parts shared with the business's own name do not count.
   */
  private Stream<String> customerNames(String text, List<String> names) {
    Set<String> businessWords = Set.of(words(business.name()));
    List<String> parts = names.stream().filter(PublicReplyGuard::hasText)
        .flatMap(name -> Arrays.stream(name.split("[\\s.,]+")))
        .filter(part -> !part.isEmpty() && !TITLES.contains(lower(part)) && !businessWords.contains(lower(part)))
        .distinct().toList();
    Stream<String> asWords = parts.stream().filter(part -> part.length() > 1).flatMap(part -> Stream.concat(
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])", CASE_INSENSITIVE)
            .matcher(text).results().map(MatchResult::group).filter(found -> Character.isUpperCase(found.charAt(0))),
        Pattern.compile(AS_A_NAME + "(" + Pattern.quote(part) + ")(?![\\p{L}\\p{N}])", CASE_INSENSITIVE)
            .matcher(text).results().map(found -> found.group(1))));
    Stream<String> afterTitle = parts.stream().filter(part -> part.length() == 1).flatMap(part ->
        Pattern.compile(TITLE + Pattern.quote(part) + "\\b\\.?", CASE_INSENSITIVE).matcher(text).results().map(MatchResult::group));
    return Stream.concat(asWords, afterTitle);
  }

  /** The first run of consecutive words of the remedy details that the reply repeats. */
  private static Stream<String> remedyDetails(String text, String details) {
    if (!hasText(details)) {
      return Stream.empty();
    }
    String[] detailWords = words(details);
    String replyWords = " " + String.join(" ", words(text)) + " ";
    return IntStream.rangeClosed(0, detailWords.length - REMEDY_DETAIL_WORDS)
        .mapToObj(start -> String.join(" ", Arrays.copyOfRange(detailWords, start, start + REMEDY_DETAIL_WORDS)))
        .filter(run -> replyWords.contains(" " + run + " "))
        .limit(1);
  }

  private static String[] words(String text) {
    return Arrays.stream(lower(text).split("[^\\p{L}\\p{N}£$€.'-]+"))
        .map(word -> word.replaceAll("^[.'-]+|[.'-]+$", ""))
        .filter(word -> !word.isEmpty()).toArray(String[]::new);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
