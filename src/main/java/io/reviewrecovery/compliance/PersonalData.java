package io.reviewrecovery.compliance;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Contact details written into free text: email addresses and phone numbers. */
final class PersonalData {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  /** Digits with the separators people put in phone numbers; a phone number has 9 to 15 digits. */
  private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\w£$€.,/-])\\+?\\(?\\d[\\d\\s().-]{6,}\\d(?![\\w/])");
  private static final int COMPARED_DIGITS = 9;

  private PersonalData() {
  }

  static List<String> emailAddresses(String text) {
    return EMAIL.matcher(text).results().map(MatchResult::group).toList();
  }

  static List<String> phoneNumbers(String text) {
    return PHONE_LIKE.matcher(text).results().map(MatchResult::group).map(String::strip)
        .filter(candidate -> digits(candidate).length() >= 9 && digits(candidate).length() <= 15)
        .toList();
  }

  /** Whether two phone numbers are one, however written: "+44 20 7946 0011" is "020 7946 0011". */
  static boolean samePhoneNumber(String one, String other) {
    String a = digits(one);
    String b = digits(other);
    return a.length() >= COMPARED_DIGITS && b.length() >= COMPARED_DIGITS
        && a.substring(a.length() - COMPARED_DIGITS).equals(b.substring(b.length() - COMPARED_DIGITS));
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }
}
