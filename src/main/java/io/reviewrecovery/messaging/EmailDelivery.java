package io.reviewrecovery.messaging;

import io.reviewrecovery.review.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends customer emails over SMTP, each with a plain-text and an HTML part. Exists only when an SMTP
 * server is configured ({@code spring.mail.host}); without one, the local profile keeps emails in
 * its outbox and other profiles refuse to pretend they sent them.
 *
 * <p>The Message-ID is derived from the message's idempotency key, e.g.
 * {@code <google.review-1001.OUTREACH.1@harbourstreetbakery.example>}: the same message has the
 * same Message-ID, so should a send ever be repeated, mail systems can see it is one message.
 */
@Component
@ConditionalOnExpression("T(org.springframework.util.StringUtils).hasText('${spring.mail.host:}')")
public class EmailDelivery implements ChannelDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(EmailDelivery.class);

  private final JavaMailSender mailSender;
  private final EmailSettings settings;

  public EmailDelivery(JavaMailSender mailSender, EmailSettings settings) {
    this.mailSender = mailSender;
    this.settings = settings;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void deliver(CustomerMessage message) {
    MimeMessage mail = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
          StandardCharsets.UTF_8.name());
      helper.setFrom(settings.from());
      helper.setReplyTo(settings.replyTo());
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      helper.setText(message.body(), message.htmlBody());
      mail.setHeader("Message-ID", messageId(message));
      if (message.unsubscribeUrl() != null) {
        // RFC 2369 and RFC 8058: mail programs show their own unsubscribe button, which POSTs to the link.
        mail.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot prepare the email of case " + message.businessKey(), e);
    }
    mailSender.send(mail);
    LOG.debug("Case {}: email {} handed to the SMTP server", message.businessKey(), messageId(message));
  }

  /**
   * The longest sending one email can keep a job waiting on the SMTP server: one full wait of each
   * of its timeouts ({@code mail.smtp.connectiontimeout}, {@code .writetimeout} and {@code .timeout}
   * under {@code spring.mail.properties}), which is how long a server that stopped answering holds
   * a send. Each timeout bounds one wait, not the whole conversation: a server that answers every
   * command slowly, just within the timeout, can hold it longer.
   *
   * @throws IllegalStateException if a timeout is not set: Jakarta Mail would then wait forever
   */
  public static Duration longestSend(MailProperties mail) {
    Duration longest = Duration.ZERO;
    for (String timeout : new String[] {"connectiontimeout", "writetimeout", "timeout"}) {
      String property = "mail." + mail.getProtocol() + "." + timeout;
      String millis = mail.getProperties().get(property);
      if (millis == null || !millis.strip().matches("[1-9][0-9]{0,9}")) {
        throw new IllegalStateException("spring.mail.properties." + property + " is " + (millis == null ? "not set" : "'" + millis + "'")
            + ": set it to the milliseconds a job may wait on the SMTP server, or a stuck server holds the job forever");
      }
      longest = longest.plusMillis(Long.parseLong(millis.strip()));
    }
    return longest;
  }

  /** {@code <key with dots for colons@domain of the sender>}. */
  String messageId(CustomerMessage message) {
    return "<%s@%s>".formatted(message.idempotencyKey().replace(':', '.'), settings.domain());
  }
}
