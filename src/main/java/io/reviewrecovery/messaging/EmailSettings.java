package io.reviewrecovery.messaging;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How email to customers is addressed, under {@code review-recovery.mail.*}; the SMTP server itself
 * is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender; its domain also names the Message-IDs
 * @param replyTo where a customer's reply goes
 */
@Validated
@ConfigurationProperties("review-recovery.mail")
public record EmailSettings(
    @NotBlank @Email String from,
    @NotBlank @Email String replyTo) {

  /** The domain of the sender's address, e.g. {@code harbourstreetbakery.example}. */
  String domain() {
    return from.substring(from.lastIndexOf('@') + 1);
  }
}
