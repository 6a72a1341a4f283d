package io.reviewrecovery.cases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.validator.constraints.URL;

/** A negative review as an integration delivers it to {@code POST /api/reviews}. */
public record NewReview(
    @NotBlank @KnownPlatform String platform,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._~-]{1,150}", message = "must be 1 to 150 letters, digits or . _ ~ -")
    String platformReviewId,
    @NotNull @Min(1) @Max(5) Integer rating,
    @NotBlank @Size(max = 4000) String text,
    @NotBlank @Size(max = 200) String reviewerName,
    @Email @Size(max = 320) String reviewerEmail,
    @Size(max = 64) String orderReference,
    @URL(regexp = "^https?:.*", message = "must be an http or https URL") @Size(max = 2000) String reviewUrl,
    @NotNull @PastOrPresent Instant publishedAt) {

  public String businessKey() {
    return ReviewCase.businessKey(platform, platformReviewId);
  }
}
