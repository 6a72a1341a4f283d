package io.reviewrecovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.ReviewRecoveryTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case API's OpenAPI description, as served: for users who log in only, and saying what
 * docs/case-api.md says: exactly its endpoints, each with the answers to a caller who is not logged
 * in or not allowed, and every error status of its "Errors" table, as problems. And behind a TLS
 * proxy, the API's links name the host and scheme the proxy forwards.
 */
@ReviewRecoveryTest
class ApiDescriptionTest {

  private static final Path CASE_API = Path.of("docs", "case-api.md");

  @Autowired TestRestTemplate http;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theDescriptionIsForUsersWhoLogIn() {
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(http.withBasicAuth("feed", "feed").getForEntity("/v3/api-docs", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(http.withBasicAuth("agent", "agent").getForEntity("/swagger-ui/index.html", String.class)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void itListsExactlyTheDocumentedEndpoints_withEachDocumentedError() throws IOException {
    JsonNode description = json.readTree(http.withBasicAuth("feed", "feed").getForObject("/v3/api-docs", String.class));
    assertThat(description.path("openapi").asText()).startsWith("3.");

    Set<String> served = new TreeSet<>();
    Set<String> errors = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = operations.next();
        String endpoint = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
        served.add(endpoint);
        JsonNode responses = operation.getValue().path("responses");
        assertThat(responses.has("401") && responses.has("403")).as("%s answers 401 and 403", endpoint).isTrue();
        responses.fieldNames().forEachRemaining(status -> {
          if (status.startsWith("4")) {
            errors.add(status);
            assertThat(responses.path(status).path("content").has(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .as("%s %s is a problem", endpoint, status).isTrue();
          }
        });
      }
    }

    assertThat(served).isEqualTo(documented("## Access", "\\| `((?:GET|POST|PUT|DELETE|PATCH) /api/[^`]+)`"));
    assertThat(errors).isEqualTo(documented("## Errors", "\\| `(4\\d\\d)` \\|"));
  }

  @Test
  void behindATlsProxyTheLocationNamesTheForwardedHostAndScheme() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("feed", "feed");
    headers.set("X-Forwarded-Proto", "https");
    headers.set("X-Forwarded-Host", "reviews.harbourstreetbakery.example");
    String reviewId = "forwarded-" + UUID.randomUUID();
    ResponseEntity<String> created = http.postForEntity("/api/reviews", new HttpEntity<>("""
        {"platform": "google", "platformReviewId": "%s", "rating": 2, "text": "Cold coffee.",
         "reviewerName": "Nobody On Record", "publishedAt": "%s"}
        """.formatted(reviewId, Instant.now().minus(1, ChronoUnit.HOURS)), headers), String.class);

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getHeaders().getLocation()).hasToString(
        "https://reviews.harbourstreetbakery.example/api/reviews/google/" + reviewId);
  }

  /** What the section of docs/case-api.md lists in its table: the first group of each matching line. */
  private static Set<String> documented(String section, String row) throws IOException {
    String text = Files.readString(CASE_API);
    int start = text.indexOf("\n" + section + "\n");
    assertThat(start).as("section %s of %s", section, CASE_API).isPositive();
    int end = text.indexOf("\n## ", start + 1);
    Matcher rows = Pattern.compile(row).matcher(text.substring(start, end < 0 ? text.length() : end));
    Set<String> found = new TreeSet<>();
    while (rows.find()) {
      found.add(rows.group(1));
    }
    return found;
  }
}
