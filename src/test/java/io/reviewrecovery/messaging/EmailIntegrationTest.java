package io.reviewrecovery.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.reviewrecovery.ReviewRecoveryTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application sending real email over SMTP to an in-JVM server (GreenMail). Setting the SMTP
 * host makes even the local profile send email.
 *
 * <p>Every class extending this one shares one Spring context, the test suite's one besides
 * {@link ReviewRecoveryTest}'s and the platforms': the SMTP server's port is known only at run
 * time, and the shared context must keep emails in the local outbox. So the server runs as long as
 * the test JVM, for whichever class uses the context next.
 */
@ReviewRecoveryTest
public abstract class EmailIntegrationTest {

  /**
   * Started with the class, not by GreenMail's JUnit extension: the Spring context (and with it the
   * SMTP port it reads) is loaded before any extension registered on a test class starts. Its port
   * is a free one chosen once, so that a test can stop the server and start it again where the
   * application sends.
   */
  protected static final GreenMail SMTP = startSmtpServer();

  private static GreenMail startSmtpServer() {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.port(freePort()));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the SMTP server", e);
    }
  }

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
    properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    properties.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    properties.add("spring.mail.properties.mail.smtp.starttls.required", () -> "false");
  }

  @BeforeEach
  void forgetEarlierEmails() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  /** The decoded text of the message's one part of this type, however deeply it is nested. */
  protected static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      StringBuilder found = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        found.append(part(child, type));
      }
      return found.toString();
    }
    return "";
  }
}
