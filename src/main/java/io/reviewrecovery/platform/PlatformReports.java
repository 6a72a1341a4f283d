package io.reviewrecovery.platform;

import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.TermsViolationReason;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Drafts the report an assessor files with the platform when a review breaks its terms. It tells
 * the platform only whether the reviewer is one of our customers, never whose order or purchase
 * our records hold: that is private data the platform does not need.
 */
@Component
public class PlatformReports {

  /** How much of the review the report quotes; the platform has the whole text. */
  static final int MAX_QUOTED_CHARACTERS = 1000;

  public String draft(ReportedReview review, List<TermsViolationReason> reasons, String evidence) {
    String platform = Platform.fromCode(review.platform()).map(Platform::displayName).orElse(review.platform());
    String listed = reasons.stream().map(r -> "- " + r.description()).collect(Collectors.joining("\n"));
    return """
        Report of review %s on %s
        Review: %s
        Rated %d of 5, published %s by "%s".

        We ask you to remove this review because it breaks your terms of service:
        %s

        Evidence:
        %s

        Our transaction records:
        %s

        The review reads:
        "%s"
        """.formatted(review.platformReviewId(), platform, valueOr(review.reviewUrl(), "(no link given)"),
        review.rating(), review.publishedOn(), review.reviewerName(), listed, valueOr(evidence, "(none recorded)"),
        review.reviewerVerified()
            ? "The reviewer matches one of our customers."
            : "We find no customer of ours with this reviewer's name or email address.",
        quote(review.text()));
  }

  private static String quote(String text) {
    String trimmed = text.trim();
    return trimmed.length() <= MAX_QUOTED_CHARACTERS ? trimmed : trimmed.substring(0, MAX_QUOTED_CHARACTERS) + "…";
  }

  private static String valueOr(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.trim();
  }

  /** What the report needs to know about the review. */
  public record ReportedReview(
      String platform,
      String platformReviewId,
      String reviewUrl,
      int rating,
      String publishedOn,
      String reviewerName,
      String text,
      boolean reviewerVerified) {
  }
}
