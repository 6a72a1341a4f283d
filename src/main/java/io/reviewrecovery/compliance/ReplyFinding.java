package io.reviewrecovery.compliance;

import java.util.List;

/**
 * Something a public reply must not contain, and what to write instead.
 *
 * @param quote the offending sentence, or the private detail, as written
 * @param rules the names of the rules it breaks, e.g. "tone" or "private"
 * @param explanation the quote, what is wrong with it, and what to write instead
 */
public record ReplyFinding(String quote, List<String> rules, String explanation) {

  static final String PRIVATE = "private";

  static ReplyFinding of(SentenceBreach breach) {
    return new ReplyFinding(breach.sentence(), breach.rules().stream().map(SentenceRule::name).toList(), breach.explanation());
  }

  /** E.g. {@code "Jane" is the customer's name, which a public reply must not contain. Write instead: ...} */
  static ReplyFinding privateDetail(String quote, String what, String instead) {
    return new ReplyFinding(quote, List.of(PRIVATE),
        "\"%s\" is %s, which a public reply must not contain. Write instead: %s".formatted(quote, what, instead));
  }
}
