package io.reviewrecovery.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Free text as people type it, made comparable: one kind of apostrophe and quote, single spaces, sentences. */
final class PlainText {

  /** After a sentence's end mark, unless it ends a common abbreviation such as "e.g." or "Mr.". */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[.!?])(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)(?<!\\b(?:Mr|Ms|Dr|St|No)\\.)(?<!\\bMrs\\.)\\s+|\\s*\\n+\\s*");
  /**
   * A sentence that opens by pointing back at the one before, as in "Please remove the review. Once
   * that's done, we will refund you.": it is read together with that one.
   */
  private static final Pattern POINTS_BACK = Pattern.compile(
      "^(?:and\\s+|but\\s+)?(?:(?:once|when|after|as\\s+soon\\s+as|the\\s+moment)\\s+(?:that|this|it)(?:'s|\\s+is|\\s+has|\\s+was)?\\b"
          + "|then\\b|after\\s+that\\b|in\\s+(?:return|exchange)\\b|as\\s+a\\s+thank)",
      Pattern.CASE_INSENSITIVE);

  private PlainText() {
  }

  /** Straight apostrophes and quotes, no line breaks inside a line, runs of blanks as one space. */
  static String normalize(String text) {
    return text.replaceAll("[\\u2018\\u2019\\u02BC]", "'").replaceAll("[\\u201C\\u201D]", "\"")
        .replaceAll("[\\t\\u00A0 ]+", " ").strip();
  }

  /**
   * The sentences of a text, normalized; a line break also ends a sentence, and a sentence that
   * points back at the one before is joined to it.
   */
  static List<String> sentences(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> sentences = new ArrayList<>();
    Arrays.stream(SENTENCE_END.split(normalize(text))).map(String::strip).filter(s -> !s.isEmpty()).forEach(sentence -> {
      if (!sentences.isEmpty() && POINTS_BACK.matcher(sentence).find()) {
        sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + " " + sentence);
      } else {
        sentences.add(sentence);
      }
    });
    return List.copyOf(sentences);
  }
}
