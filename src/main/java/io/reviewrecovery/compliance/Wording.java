package io.reviewrecovery.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * A way of saying something, recognised in a sentence by the words that say it. Those words are
 * what a refusal quotes, so the writer sees what gave the sentence away.
 */
@FunctionalInterface
interface Wording {

  /** The words of the (normalized) sentence that say it, in the order written; empty when it does not say it. */
  List<String> in(String sentence);

  /** Says both: e.g. a benefit, and a change to the review. */
  default Wording and(Wording other) {
    return sentence -> {
      List<String> these = in(sentence);
      if (these.isEmpty()) {
        return these;
      }
      List<String> those = other.in(sentence);
      if (those.isEmpty()) {
        return those;
      }
      List<String> both = new ArrayList<>(these);
      those.stream().filter(word -> !both.contains(word)).forEach(both::add);
      return List.copyOf(both);
    };
  }

  /** Says either. */
  default Wording or(Wording other) {
    return sentence -> {
      List<String> these = in(sentence);
      return these.isEmpty() ? other.in(sentence) : these;
    };
  }

  /** Says this, unless the sentence also says the other, e.g. a remedy already given rather than promised. */
  default Wording unless(Wording other) {
    return sentence -> other.in(sentence).isEmpty() ? in(sentence) : List.of();
  }
}
