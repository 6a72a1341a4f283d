package io.reviewrecovery.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.review.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** When email delivery exists, and how it names its messages; no Spring Boot context needed. */
class EmailDeliveryTest {

  private static final EmailSettings SETTINGS = new EmailSettings("care@harbourstreetbakery.example", "help@example.com");

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
      .withBean(EmailSettings.class, () -> SETTINGS)
      .withUserConfiguration(EmailDelivery.class);

  @Test
  void withoutAnSmtpHostThereIsNoEmailDelivery() {
    context.run(withoutHost -> assertThat(withoutHost).doesNotHaveBean(EmailDelivery.class));
    context.withPropertyValues("spring.mail.host=").run(emptyHost -> assertThat(emptyHost).doesNotHaveBean(EmailDelivery.class));
  }

  @Test
  void anSmtpHostMakesEmailDeliveryExist() {
    context.withPropertyValues("spring.mail.host=smtp.example.com")
        .run(withHost -> assertThat(withHost).hasSingleBean(EmailDelivery.class));
  }

  @Test
  void theMessageIdIsTheIdempotencyKeyAtTheSendersDomain() {
    CustomerMessage message = new CustomerMessage("google:review-1001:OUTREACH:2", "google:review-1001", Channel.EMAIL,
        "jane@example.com", "Subject", "Body", "<p>Body</p>");

    assertThat(new EmailDelivery(new JavaMailSenderImpl(), SETTINGS).messageId(message))
        .isEqualTo("<google.review-1001.OUTREACH.2@harbourstreetbakery.example>");
  }
}
