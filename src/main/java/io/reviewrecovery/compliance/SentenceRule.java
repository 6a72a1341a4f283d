package io.reviewrecovery.compliance;

import java.util.function.Predicate;

/**
 * One thing a sentence must not do, why, and how to recognise it.
 *
 * @param breach what the sentence does, e.g. "threatens legal action"
 * @param source the law or policy that forbids it
 * @param recognises whether a (normalized) sentence does it
 */
record SentenceRule(String breach, String source, Predicate<String> recognises) {
}
