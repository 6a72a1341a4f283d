package io.reviewrecovery.cases;

import java.time.Instant;
import java.util.List;

/**
 * What to look for in the case register ({@link ReviewCases#search}): every criterion given must
 * match; {@code null} ones are not asked. Built by {@link #of}, which refuses what makes no search.
 *
 * @param businessKey {@code <platform>:<platformReviewId>}
 * @param platformReviewId the review's id on its platform, on any platform
 * @param reviewerName the reviewer's name exactly as the review gave it
 * @param receivedFrom received at or after
 * @param receivedBefore received before
 * @param page from 0
 * @param size cases per page, 1 to {@value #MAX_SIZE}
 */
public record CaseSearch(String businessKey, String platformReviewId, String reviewerName, Instant receivedFrom,
    Instant receivedBefore, int page, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;
  private static final int MAX_TEXT = 200;

  /**
   * A search of these criteria, blank ones left out.
   *
   * @throws IllegalArgumentException naming what is wrong: a page below 0, a size out of range, a
   *     text too long or with control characters, or a range that ends before it starts
   */
  public static CaseSearch of(String businessKey, String platformReviewId, String reviewerName, Instant receivedFrom,
      Instant receivedBefore, int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more, not " + page + ".");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", not " + size + ".");
    }
    if (receivedFrom != null && receivedBefore != null && !receivedFrom.isBefore(receivedBefore)) {
      throw new IllegalArgumentException("receivedFrom must be before receivedBefore.");
    }
    return new CaseSearch(text("businessKey", businessKey), text("platformReviewId", platformReviewId),
        text("reviewerName", reviewerName), receivedFrom, receivedBefore, page, size);
  }

  private static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + " must be at most " + MAX_TEXT + " characters.");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(name + " must not contain control characters.");
    }
    return text;
  }

  /**
   * One case found.
   *
   * @param standing its outcome, OPEN while it runs, or CANCELLED when it ended without one
   */
  public record Found(String businessKey, String platform, String platformReviewId, String reviewerName,
      Instant receivedAt, Instant endedAt, String standing) {
  }

  /** A page of the cases found, and how many match in all. */
  public record Page(List<Found> cases, int page, int size, long total) {
  }
}
