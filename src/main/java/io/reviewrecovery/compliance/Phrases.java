package io.reviewrecovery.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A kind of phrase, as regular expressions of which any may match: case-insensitive, so each
 * expression spells out its own word boundaries and variants ({@code \bremov\w*} for remove,
 * removes, removed, removing).
 */
final class Phrases implements Wording {

  private final List<Pattern> patterns;

  private Phrases(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  static Phrases anyOf(String... regexes) {
    return new Phrases(Arrays.stream(regexes)
        .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList());
  }

  /** The first match of each expression, in the order written; a match inside a longer one is left out. */
  @Override
  public List<String> in(String sentence) {
    List<MatchResult> found = patterns.stream()
        .flatMap(pattern -> pattern.matcher(sentence).results().limit(1))
        .filter(match -> match.end() > match.start())
        .sorted(Comparator.<MatchResult>comparingInt(MatchResult::start).thenComparing(MatchResult::end, Comparator.reverseOrder()))
        .toList();
    List<MatchResult> outermost = new ArrayList<>();
    for (MatchResult match : found) {
      if (outermost.isEmpty() || match.end() > outermost.get(outermost.size() - 1).end()) {
        outermost.add(match);
      }
    }
    return outermost.stream().map(match -> match.group().strip()).distinct().toList();
  }
}
