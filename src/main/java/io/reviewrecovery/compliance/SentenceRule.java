package io.reviewrecovery.compliance;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One thing a sentence must not do, why, and how to recognise it.
 *
 * @param breach what the sentence does, e.g. "threatens legal action"
 * @param source the law or policy that forbids it
 * @param recognises whether a (normalized) sentence does it
 */
record SentenceRule(String breach, String source, Predicate<String> recognises) {

  /** Each sentence of the text that breaks any of the rules, with every rule it breaks. */
  static List<SentenceBreach> breaches(List<SentenceRule> rules, String text) {
    return PlainText.sentences(text).stream().flatMap(sentence -> breach(rules, sentence).stream()).toList();
  }

  private static Optional<SentenceBreach> breach(List<SentenceRule> rules, String sentence) {
    List<SentenceRule> broken = rules.stream().filter(rule -> rule.recognises().test(sentence)).toList();
    return broken.isEmpty() ? Optional.empty() : Optional.of(new SentenceBreach(sentence, broken));
  }
}
