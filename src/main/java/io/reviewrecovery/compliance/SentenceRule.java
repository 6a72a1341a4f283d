package io.reviewrecovery.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One thing a sentence must not do, why, what to write instead, and how to recognise it.
 *
 * @param name a short name for the rule, e.g. "threat", as the corpus labels it
 * @param breach what the sentence does, e.g. "threatens legal action or intimidates"
 * @param source the law or policy that forbids it
 * @param instead what to write instead, with an example
 * @param wording the words that show a (normalized) sentence does it
 */
record SentenceRule(String name, String breach, String source, String instead, Wording wording) {

  /** Each sentence of the text that breaks any of the rules, with every rule it breaks, in the order of the rules. */
  static List<SentenceBreach> breaches(List<SentenceRule> rules, String text) {
    return PlainText.sentences(text).stream().flatMap(sentence -> breach(rules, sentence).stream()).toList();
  }

  private static Optional<SentenceBreach> breach(List<SentenceRule> rules, String sentence) {
    List<SentenceBreach.Match> matches = rules.stream()
        .map(rule -> new SentenceBreach.Match(rule, rule.wording().in(sentence).stream()
            .sorted(Comparator.comparingInt(sentence::indexOf)).toList()))
        .filter(match -> !match.words().isEmpty())
        .toList();
    return matches.isEmpty() ? Optional.empty() : Optional.of(new SentenceBreach(sentence, matches));
  }
}
