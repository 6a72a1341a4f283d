package io.reviewrecovery.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.ReviewRecoveryTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * Request bodies are limited to what each part of the application reads: 413 problem+json, before
 * the body is read. Sent over plain sockets, so that a test can declare a body it never sends, or
 * send a chunked one that never ends: the answer must come all the same.
 */
@ReviewRecoveryTest
class RequestBodyLimitTest {

  private static final String AGENT = "Basic " + Base64.getEncoder().encodeToString("agent:agent".getBytes(StandardCharsets.US_ASCII));
  private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  @LocalServerPort int port;
  @Autowired RequestBodyLimits limits;

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"/api/reviews", "/api/reviews/google/r-1/platform-events", "/api/platform-webhooks/google",
      "/respond/token", "/unsubscribe/token"})
  void aBodyDeclaredLargerThanTheLimitIs413_unread(String path) throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(path, "Content-Length: " + TEN_MEGABYTES).getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();

      Answer answer = readAnswer(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json")
          .containsIgnoringCase("Connection: close");
      assertThat(json.readTree(answer.body()).get("detail").asText())
          .isEqualTo("The request body may have at most " + limits.api().toBytes() + " bytes here.");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/reviews", "/api/platform-webhooks/google"})
  void aChunkedBodyIsReadUpToTheLimitAndNoFurther(String path) throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(path, "Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      // Twice the limit, and the body never ends: the answer must not wait for its end.
      byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
      for (long sent = 0; sent <= 2 * limits.api().toBytes(); sent += chunk.length) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();

      assertThat(readAnswer(socket.getInputStream()).status()).isEqualTo(413);
    }
  }

  @Test
  void camundasRestApiTakesLargerBodies_upToItsOwnLimit() throws IOException {
    assertThat(limits.camunda().toBytes()).isGreaterThan(limits.api().toBytes());
    // Larger than the case API's limit: a task query with a long name pattern.
    String query = "{\"nameLike\": \"%" + "x".repeat((int) limits.api().toBytes()) + "%\"}";
    try (Socket socket = connect()) {
      byte[] body = query.getBytes(StandardCharsets.UTF_8);
      socket.getOutputStream().write(head("/engine-rest/task", "Content-Length: " + body.length).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);

      assertThat(readAnswer(socket.getInputStream()).status()).isEqualTo(200);
    }
    try (Socket socket = connect()) {
      socket.getOutputStream().write(head("/engine-rest/deployment/create",
          "Content-Length: " + (limits.camunda().toBytes() + 1)).getBytes(StandardCharsets.US_ASCII));

      assertThat(readAnswer(socket.getInputStream()).status()).isEqualTo(413);
    }
  }

  /** The largest review the intake takes (every text at its longest, every character escaped) fits. */
  @Test
  void theLargestValidReviewFitsTheLimit() throws IOException {
    String id = "limit-" + UUID.randomUUID();
    String review = """
        {"platform": "google", "platformReviewId": "%s", "rating": 1, "text": "%s", "reviewerName": "%s",
         "reviewerEmail": "%s@example.com", "orderReference": "%s", "reviewUrl": "https://maps.example.com/%s",
         "publishedAt": "%s"}""".formatted(id, "\\u00e9".repeat(4000), "\\u00e9".repeat(200), "a".repeat(64),
        "\\u00e9".repeat(64), "r".repeat(1900), Instant.now().minus(1, ChronoUnit.HOURS));
    byte[] body = review.getBytes(StandardCharsets.UTF_8);
    assertThat(DataSize.ofBytes(body.length)).isLessThan(limits.api());
    try (Socket socket = connect()) {
      socket.getOutputStream().write(head("/api/reviews", "Content-Length: " + body.length).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);

      Answer answer = readAnswer(socket.getInputStream());
      assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("localhost", port);
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String head(String path, String length) {
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + AGENT + "\r\n"
        + "Content-Type: application/json\r\nConnection: close\r\n" + length + "\r\n\r\n";
  }

  /**
   * The answer's status, headers and body, read as far as its Content-Length says: the server may
   * keep the connection open after it, draining what the client sends.
   */
  private static Answer readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      assertThat(b).as("the answer's head so far: %s", head).isNotNegative();
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    Matcher length = Pattern.compile("(?im)^Content-Length: *(\\d+)").matcher(text);
    String body = "";
    if (length.find()) {
      body = new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), text, body);
  }

  private record Answer(int status, String head, String body) {
  }
}
