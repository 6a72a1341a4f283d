package io.reviewrecovery.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Automatic findings for the person who assesses a review against the platform's terms: private
 * information, links and spam signals, and an unverified reviewer. Signals only: the person decides.
 */
@Component
public class ReviewPreScreen {

  static final String NO_FINDINGS = "No automatic findings. Read the review yourself: the decision is yours.";

  private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern LINK = Pattern.compile(
      "\\bhttps?://\\S+|\\bwww\\.\\S+|\\b[\\w-]+\\.(?:com|net|org|co\\.uk|uk|io|shop|store|biz|info)\\b(?:/\\S*)?",
      CASE_INSENSITIVE);
  private static final Pattern DISCOUNT_CODE = Pattern.compile(
      "\\b(?:promo|discount|coupon|voucher|referral)\\s*code\\s*:?\\s*[A-Z0-9-]{3,}\\b"
          + "|\\bcode\\s*:?\\s*[A-Z0-9]{4,}\\b|\\b\\d{1,2}\\s?%\\s?off\\b", CASE_INSENSITIVE);
  private static final Pattern COMPETITOR = Pattern.compile(
      "\\b(?:go\\s+to|try|visit|use|order\\s+from|buy\\s+from|shop\\s+at)\\s+[\\w&'. -]{2,40}?\\s+instead\\b"
          + "|\\b(?:much|way|far)\\s+better\\s+than\\b|\\bcheck\\s+out\\b", CASE_INSENSITIVE);
  private static final Pattern SHOUTED_WORD = Pattern.compile("\\b\\p{Lu}{4,}\\b");
  private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("[!?]{3,}|\\.{4,}");
  private static final int SHOUTED_WORDS = 3;
  private static final int MIN_LETTERS_FOR_CAPITALS = 20;
  private static final double MOSTLY_CAPITALS = 0.7;

  /** Each finding as a sentence, or {@link #NO_FINDINGS}, for a read-only field of the assessment form. */
  public String summary(String reviewText, boolean reviewerVerified) {
    List<String> findings = findings(reviewText, reviewerVerified);
    return findings.isEmpty() ? NO_FINDINGS : "- " + String.join("\n- ", findings);
  }

  List<String> findings(String reviewText, boolean reviewerVerified) {
    String text = PlainText.normalize(reviewText);
    List<String> findings = new ArrayList<>();
    List<String> emails = PersonalData.emailAddresses(text);
    emails.forEach(email -> findings.add("Private information: an email address, \"%s\".".formatted(email)));
    PersonalData.phoneNumbers(text).forEach(phone -> findings.add("Private information: a phone number, \"%s\".".formatted(phone)));
    String withoutEmails = emails.stream().reduce(text, (rest, email) -> rest.replace(email, " "));
    first(LINK, withoutEmails).ifPresent(link -> findings.add("Link: \"%s\".".formatted(link)));
    first(DISCOUNT_CODE, text).ifPresent(code -> findings.add("Spam signal: what looks like a discount code, \"%s\".".formatted(code)));
    first(COMPETITOR, text).ifPresent(promotion -> findings.add("Spam signal: it may promote another business, \"%s\".".formatted(promotion)));
    capitals(text).ifPresent(findings::add);
    first(REPEATED_PUNCTUATION, text).ifPresent(marks -> findings.add("Spam signal: repeated punctuation, \"%s\".".formatted(marks)));
    if (!reviewerVerified) {
      findings.add("Not verified: the reviewer was not found as a customer with a purchase near the review date "
          + "(see what the records show).");
    }
    return findings;
  }

  private static Optional<String> capitals(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long capitals = text.codePoints().filter(Character::isUpperCase).count();
    if (letters >= MIN_LETTERS_FOR_CAPITALS && capitals >= MOSTLY_CAPITALS * letters) {
      return Optional.of("Spam signal: written mostly in capital letters.");
    }
    List<String> shouted = SHOUTED_WORD.matcher(text).results().map(MatchResult::group).toList();
    return shouted.size() >= SHOUTED_WORDS
        ? Optional.of("Spam signal: words in capitals, %s.".formatted(String.join(", ", shouted)))
        : Optional.empty();
  }

  private static Optional<String> first(Pattern pattern, String text) {
    return pattern.matcher(text).results().map(MatchResult::group).findFirst();
  }
}
