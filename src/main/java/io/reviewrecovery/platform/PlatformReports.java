package io.reviewrecovery.platform;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Drafts the report an assessor files with the platform when a review breaks its terms. */
@Component
public class PlatformReports {

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
        review.verificationFinding(), review.text().trim());
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
      String verificationFinding) {
  }
}
