package io.reviewrecovery.bench.subjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The harness's own calls to an application (outside the measured scenarios): readiness, the
 * filters' ids, the generator's intakes and task completions. HTTP Basic as one of the users whose
 * password is their name, as in both applications' local set-up.
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient client;

  public EngineRest(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  }

  public record Answer(int status, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  public Answer get(String user, String path) throws IOException {
    return send(request(user, path).GET().build());
  }

  public Answer post(String user, String path, String json) throws IOException {
    return send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** The id of the task filter of this name, asked as the admin. */
  public String filterId(String name) {
    try {
      Answer answer = get("admin", "/engine-rest/filter?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
      JsonNode filters = JSON.readTree(answer.body());
      if (!answer.ok() || filters.size() != 1) {
        throw new IllegalStateException("Expected one filter '" + name + "', got " + answer);
      }
      return filters.get(0).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot ask " + baseUrl + " for the filter " + name, e);
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
        .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
  }

  private Answer send(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
