package io.reviewrecovery.tasklist;

import io.reviewrecovery.review.Platform;

/**
 * A review in a few words, for Tasklist's list of tasks and a task's description, e.g.
 * {@code Google · 1★ · “The lemon cake arrived two hours…”}.
 */
public record ReviewSummary(String platform, Integer rating, String text) {

  /** How much of the review a task's name quotes; its description quotes more. */
  static final int NAME_EXCERPT = 40;
  static final int DESCRIPTION_EXCERPT = 200;

  /** What a task's name adds to the step's name: platform, rating and the start of the review. */
  public String nameSuffix() {
    return " · " + platformAndRating() + " · " + excerpt(NAME_EXCERPT);
  }

  public String description() {
    return platformAndRating() + " · " + excerpt(DESCRIPTION_EXCERPT);
  }

  private String platformAndRating() {
    String platformName = Platform.fromCode(platform).map(Platform::displayName).orElse(platform);
    return rating == null ? platformName : platformName + " · " + rating + "★";
  }

  /** The review's first words up to the limit, cut between words, in quotes. */
  String excerpt(int limit) {
    String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (plain.length() <= limit) {
      return "“" + plain + "”";
    }
    int cut = plain.lastIndexOf(' ', limit);
    String start = plain.substring(0, cut > limit / 2 ? cut : limit).replaceAll("[\\s,;:.!?-]+$", "");
    return "“" + start + "…”";
  }
}
