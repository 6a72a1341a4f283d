package io.reviewrecovery.input;

import java.util.Optional;

/**
 * Characters no person types and text must not hold: control characters but tab, line feed and
 * carriage return, unpaired surrogates, and Unicode noncharacters. PostgreSQL cannot store a NUL in
 * text at all (the statement fails); the others arrive only from broken or hostile clients.
 * {@link NoControlCharacters} applies this to validated fields.
 */
public final class ControlCharacters {

  private ControlCharacters() {
  }

  /**
   * What is wrong with the text, e.g. "must not contain control characters (U+0000 at position 4)";
   * empty when nothing is, and for {@code null}.
   */
  /**
   * The text with each character {@link #problem} would name written as its code point, e.g.
   * {@code <U+0000>}, so it can be stored and shown; {@code null} stays {@code null}.
   */
  public static String visible(String text) {
    if (problem(text).isEmpty()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = text.codePointAt(i);
        if (isNoncharacter(codePoint)) {
          shown.append("<U+%04X>".formatted(codePoint));
        } else {
          shown.appendCodePoint(codePoint);
        }
        i++;
      } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
          || isNoncharacter(c)) {
        shown.append("<U+%04X>".formatted((int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  public static Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = text.codePointAt(i);
        if (isNoncharacter(codePoint)) {
          return Optional.of(describe(codePoint, i, "Unicode noncharacters"));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(describe(c, i, "unpaired surrogates"));
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(describe(c, i, "control characters"));
      } else if (isNoncharacter(c)) {
        return Optional.of(describe(c, i, "Unicode noncharacters"));
      }
    }
    return Optional.empty();
  }

  private static boolean isNoncharacter(int codePoint) {
    return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static String describe(int codePoint, int index, String what) {
    return "must not contain %s (U+%04X at position %d)".formatted(what, codePoint, index + 1);
  }
}
