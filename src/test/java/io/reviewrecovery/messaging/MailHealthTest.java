package io.reviewrecovery.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The SMTP server in health and readiness ({@code mail}): up while the server answers, down, in
 * readiness too, while it does not. (This context runs no job executor, so readiness as a whole is
 * down here anyway; the mail component is what this checks.)
 */
class MailHealthTest extends EmailIntegrationTest {

  @Autowired TestRestTemplate http;
  @LocalManagementPort int managementPort;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void serverBack() {
    if (SMTP.getSmtp() == null || !SMTP.getSmtp().isRunning()) {
      SMTP.start();
    }
  }

  @Test
  void theMailServerIsUpWhileItAnswers_andDownInReadinessWhenItDoesNot() throws Exception {
    assertThat(mail("/actuator/health").path("status").asText()).isEqualTo("UP");
    assertThat(mail("/actuator/health").at("/details/location").asText())
        .isEqualTo(SMTP.getSmtp().getBindTo() + ":" + SMTP.getSmtp().getPort());

    SMTP.stop();

    JsonNode down = mail("/actuator/health/readiness");
    assertThat(down.path("status").asText()).isEqualTo("DOWN");
    assertThat(down.at("/details/error").asText()).contains("MailConnectException");
  }

  private JsonNode mail(String path) throws Exception {
    String body = http.withBasicAuth("monitoring", "monitoring")
        .getForEntity("http://localhost:" + managementPort + path, String.class).getBody();
    JsonNode mail = json.readTree(body).at("/components/mail");
    assertThat(mail.isMissingNode()).as("mail in %s: %s", path, body).isFalse();
    return mail;
  }
}
