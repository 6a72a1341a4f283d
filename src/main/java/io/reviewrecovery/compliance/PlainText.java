package io.reviewrecovery.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Free text as people type it, made comparable: one kind of apostrophe and quote, single spaces, sentences. */
final class PlainText {

  /** After a sentence's end mark, unless it ends a common abbreviation such as "e.g." or "Mr.". */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[.!?])(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)(?<!\\b(?:Mr|Ms|Dr|St|No)\\.)(?<!\\bMrs\\.)\\s+|\\s*\\n+\\s*");

  private PlainText() {
  }

  /** Straight apostrophes and quotes, no line breaks inside a line, runs of blanks as one space. */
  static String normalize(String text) {
    return text.replaceAll("[\\u2018\\u2019\\u02BC]", "'").replaceAll("[\\u201C\\u201D]", "\"")
        .replaceAll("[\\t\\u00A0 ]+", " ").strip();
  }

  /** The sentences of a text, normalized; a line break also ends a sentence. */
  static List<String> sentences(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(SENTENCE_END.split(normalize(text))).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
