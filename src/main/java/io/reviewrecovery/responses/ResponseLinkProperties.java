package io.reviewrecovery.responses;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The links in customer messages through which a customer answers, under
 * {@code review-recovery.response-links.*}; validated at start-up, so outside the {@code local}
 * profile the application does not start without a real secret.
 *
 * @param baseUrl where customers reach this application, e.g. {@code https://care.example.com}
 * @param secret signs the links (HMAC-SHA256); whoever knows it can forge answers
 * @param validity how long after sending a link can be used
 */
@Validated
@ConfigurationProperties("review-recovery.response-links")
public record ResponseLinkProperties(
    @NotBlank @Pattern(regexp = "https?://[^\\s/]+(/\\S*)?", message = "must be an absolute http(s) URL") String baseUrl,
    @NotBlank(message = "must be set (environment variable REVIEW_RECOVERY_LINK_SECRET)")
    @Size(min = 32, message = "must be at least 32 characters long") String secret,
    @NotNull @DurationMin(minutes = 1) Duration validity) {

  /** The base URL without a trailing slash, so paths can be appended. */
  public String baseUrlWithoutTrailingSlash() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
