package io.reviewrecovery.messaging;

import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The health of the SMTP server ({@code mail} in the health endpoint and the readiness group):
 * Spring Boot's own check, which connects to the server and logs in. Only when an SMTP server is
 * configured, as {@link EmailDelivery} exists only then: Boot would also check an empty
 * {@code spring.mail.host} and report a server nobody meant to use as down, so its own is switched
 * off in application.yml ({@code management.health.mail.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("T(org.springframework.util.StringUtils).hasText('${spring.mail.host:}')")
public class MailServerHealth {

  /** Named so that its component in the health endpoint is {@code mail}, as Boot names its own. */
  @Bean
  public MailHealthIndicator mailHealthIndicator(JavaMailSenderImpl mailSender) {
    return new MailHealthIndicator(mailSender);
  }
}
