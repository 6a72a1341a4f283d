package io.reviewrecovery.compliance;

import java.util.List;
import java.util.stream.Collectors;

/** A sentence and the rules it breaks, told so the writer knows what to change. */
public record SentenceBreach(String sentence, List<SentenceRule> rules) {

  /** E.g. {@code "We will sue you." threatens legal action or intimidates (FTC 16 CFR 465.7).} */
  public String explanation() {
    return "\"%s\" %s.".formatted(sentence, rules.stream()
        .map(rule -> "%s (%s)".formatted(rule.breach(), rule.source()))
        .collect(Collectors.joining("; and ")));
  }
}
