package io.reviewrecovery.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A kind of phrase, as regular expressions of which any may match: case-insensitive, so each
 * expression spells out its own word boundaries and variants ({@code \bremov\w*} for remove,
 * removes, removed, removing).
 */
final class Phrases implements Predicate<String> {

  private final List<Pattern> patterns;

  private Phrases(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  static Phrases anyOf(String... regexes) {
    return new Phrases(Arrays.stream(regexes)
        .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList());
  }

  @Override
  public boolean test(String text) {
    return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
  }
}
