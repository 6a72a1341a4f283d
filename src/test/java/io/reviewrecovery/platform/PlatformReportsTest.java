package io.reviewrecovery.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.review.TermsViolationReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformReportsTest {

  private final PlatformReports reports = new PlatformReports();

  @Test
  void tellsThePlatformWhetherTheReviewerIsACustomer_butNothingFromOurRecords() {
    String report = reports.draft(review("Call Jane on 020 7946 0011, she never pays!", true),
        List.of(TermsViolationReason.PRIVATE_INFORMATION), "The review gives a phone number.");

    assertThat(report).contains("Report of review r-7 on Google", "https://maps.example.com/reviews/r-7",
        "- Private information about a person", "The review gives a phone number.",
        "The reviewer matches one of our customers.", "Call Jane on 020 7946 0011");
  }

  @Test
  void quotesALongReviewOnlyInPart() {
    String longText = "This bakery is a scam. ".repeat(200);

    String report = reports.draft(review(longText, false), List.of(TermsViolationReason.SPAM), "Repeated text.");

    assertThat(report).contains("We find no customer of ours with this reviewer's name or email address.")
        .contains("This bakery is a scam.").endsWith("…\"\n");
    assertThat(report.length()).isLessThan(PlatformReports.MAX_QUOTED_CHARACTERS + 800);
  }

  private static PlatformReports.ReportedReview review(String text, boolean verified) {
    return new PlatformReports.ReportedReview("google", "r-7", "https://maps.example.com/reviews/r-7", 1, "2026-11-20",
        "J. Doe", text, verified);
  }
}
