package io.reviewrecovery.cases;

import io.reviewrecovery.input.NoControlCharacters;
import io.reviewrecovery.input.NotBefore;
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

/**
 * A negative review as an integration delivers it to {@code POST /api/reviews} (or a webhook, or
 * the poller finds it). Every text is checked for control characters: the platform and the review
 * id by their closed sets of characters, the others by {@link NoControlCharacters}.
 */
public record NewReview(
    @NotBlank @KnownPlatform String platform,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._~-]{1,150}", message = "must be 1 to 150 letters, digits or . _ ~ -")
    String platformReviewId,
    @NotNull @Min(1) @Max(5) Integer rating,
    @NotBlank @Size(max = 4000) @NoControlCharacters String text,
    @NotBlank @Size(max = 200) @NoControlCharacters String reviewerName,
    @Email @Size(max = 320) @NoControlCharacters String reviewerEmail,
    @Size(max = 64) @NoControlCharacters String orderReference,
    @URL(regexp = "^https?:.*", message = "must be an http or https URL") @Size(max = 2000) @NoControlCharacters
    String reviewUrl,
    @NotNull @PastOrPresent @NotBefore(EARLIEST_PUBLISHED_AT) Instant publishedAt) {

  /** Before any of the platforms took reviews: an earlier date is a mistake (or an attack on date arithmetic). */
  public static final String EARLIEST_PUBLISHED_AT = "2000-01-01T00:00:00Z";

  public String businessKey() {
    return ReviewCase.businessKey(platform, platformReviewId);
  }
}
