package io.reviewrecovery.compliance;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A sentence and the rules it breaks, told so the writer knows what to change.
 *
 * @param matches each rule broken, most serious first, with the words that break it
 */
public record SentenceBreach(String sentence, List<Match> matches) {

  /** A rule the sentence breaks and the words of the sentence that break it. */
  public record Match(SentenceRule rule, List<String> words) {
  }

  public List<SentenceRule> rules() {
    return matches.stream().map(Match::rule).toList();
  }

  /**
   * The sentence, the most serious rule it breaks with the words that break it and its source, the
   * other rules it breaks, and what to write instead, e.g. {@code "We will sue you." threatens legal
   * action or intimidates: "sue you" (FTC 16 CFR 465.7: ...). Write instead: ...}. Short enough that
   * a refused job's incident, which keeps 666 characters, shows it whole.
   */
  public String explanation() {
    Match first = matches.get(0);
    String others = matches.stream().skip(1).map(match -> match.rule().breach()).collect(Collectors.joining(" and "));
    return "\"%s\" %s: %s (%s)%s. Write instead: %s".formatted(sentence, first.rule().breach(), quoted(first.words()),
        first.rule().source(), others.isEmpty() ? "" : "; it also " + others, first.rule().instead());
  }

  private static String quoted(List<String> words) {
    return words.stream().map(word -> "\"" + word + "\"").collect(Collectors.joining(", "));
  }
}
