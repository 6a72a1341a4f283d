package io.reviewrecovery.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.review.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The HTTP side of one platform adapter: its base URL, its bearer token (renewed once when the
 * platform refuses it), connect and read timeouts on every call, and every failure turned into a {@link JobFailure} that says what the
 * platform answered and whether a retry can help.
 */
public final class PlatformHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_MESSAGE_LENGTH = 500;

  private final Platform platform;
  private final RestClient rest;

  public PlatformHttp(Platform platform, URI baseUrl, PlatformCredentials credentials, PlatformProperties.Http http) {
    this.platform = platform;
    this.rest = RestClient.builder()
        .baseUrl(baseUrl.toString())
        .requestFactory(requestFactory(http))
        .requestInterceptor(new BearerToken(platform, credentials))
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .build();
  }

  /** HTTP/1.1 with the configured connect and read timeouts, for the platforms' APIs and token endpoints. */
  static ClientHttpRequestFactory requestFactory(PlatformProperties.Http http) {
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(http.connectTimeout()).build());
    requests.setReadTimeout(http.readTimeout());
    return requests;
  }

  /**
   * Sends the current access token with every call. A call the platform answers 401 gets one new
   * token and is sent once more; a second 401 is the platform's answer. A token that cannot be
   * renewed ({@link PlatformCredentials#fixed}) is not retried.
   */
  private record BearerToken(Platform platform, PlatformCredentials credentials) implements ClientHttpRequestInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(BearerToken.class);

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
        throws IOException {
      String token = credentials.accessToken();
      request.getHeaders().setBearerAuth(token);
      ClientHttpResponse answer = execution.execute(request, body);
      if (answer.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
        return answer;
      }
      Optional<String> renewed = credentials.renewRefused(token);
      if (renewed.isEmpty()) {
        return answer;
      }
      answer.close();
      LOG.info("{} refused its access token (HTTP 401) to {} {}; renewed it and sending the call once more",
          platform.displayName(), request.getMethod(), request.getURI().getPath());
      request.getHeaders().setBearerAuth(renewed.get());
      return execution.execute(request, body);
    }
  }

  /**
   * Makes one request. Without an answer it is retried ({@code UNAVAILABLE}), so this is for reads
   * and for writes the platform does not do twice; see {@link #callOnce} for the others.
   *
   * @param action what the call does, for messages, e.g. "post the public reply to review 123"
   */
  public <T> T call(String action, Function<RestClient, T> request) {
    return call(action, request, error -> Optional.empty(), noAnswer -> JobFailure.unavailable(noAnswer, null));
  }

  /**
   * Makes one request that the platform does not de-duplicate, such as a post. Without an answer it
   * may have been done anyway, so that failure is not retried but {@link JobFailure#unanswered
   * unanswered}: the operator checks {@code checkFirst} on the platform before retrying the job.
   * {@code platformSpecific} may read an error answer its own way first (e.g. a limit the platform
   * reports with a 400).
   */
  public <T> T callOnce(String action, String checkFirst, Function<RestClient, T> request,
      Function<PlatformError, Optional<JobFailure>> platformSpecific) {
    return call(action, request, platformSpecific, noAnswer -> JobFailure.unanswered(noAnswer, checkFirst));
  }

  private <T> T call(String action, Function<RestClient, T> request,
      Function<PlatformError, Optional<JobFailure>> platformSpecific,
      Function<String, JobFailure> noAnswerFailure) {
    try {
      return request.apply(rest);
    } catch (RestClientResponseException answer) {
      PlatformError error = PlatformError.of(answer);
      throw platformSpecific.apply(error).orElseGet(() -> failure(action, error));
    } catch (ResourceAccessException noAnswer) {
      throw noAnswerFailure.apply("%s did not answer in time to %s (%s).".formatted(platform.displayName(),
          action, noAnswer.getMostSpecificCause().getMessage()));
    }
  }

  private JobFailure failure(String action, PlatformError error) {
    String said = "%s answered HTTP %d to %s: %s".formatted(platform.displayName(), error.status(), action, error.describe());
    if (error.status() == 429 || error.status() >= 500) {
      return JobFailure.unavailable(said, error.retryAfter().orElse(null));
    }
    return JobFailure.refused(said);
  }

  /** What a platform said when it did not do what was asked. */
  public record PlatformError(int status, String code, String message, HttpHeaders headers) {

    static PlatformError of(RestClientResponseException answer) {
      String body = answer.getResponseBodyAsString();
      JsonNode error = parse(body);
      JsonNode details = error.path("error").isObject() ? error.path("error") : error;
      String code = firstText(details, "id", "status", "errorCode", "code").orElse(null);
      String message = firstText(details, "message", "description", "details")
          .orElse(body.isBlank() ? answer.getStatusText() : body);
      HttpHeaders headers = answer.getResponseHeaders() == null ? new HttpHeaders() : answer.getResponseHeaders();
      return new PlatformError(answer.getStatusCode().value(), code, shorten(message.strip()), headers);
    }

    String describe() {
      return code == null ? message : code + " " + message;
    }

    /** When the platform asked to be called again: {@code Retry-After} in seconds or as an HTTP date. */
    Optional<Instant> retryAfter() {
      String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      if (value.strip().chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.now().plus(Duration.ofSeconds(Long.parseLong(value.strip()))));
      }
      try {
        return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }

    private static JsonNode parse(String body) {
      try {
        JsonNode node = JSON.readTree(body);
        return node == null ? JSON.createObjectNode() : node;
      } catch (IOException notJson) {
        return JSON.createObjectNode();
      }
    }

    private static Optional<String> firstText(JsonNode node, String... fields) {
      return Stream.of(fields).map(node::path).filter(JsonNode::isValueNode).map(JsonNode::asText)
          .filter(text -> !text.isBlank()).findFirst();
    }

    private static String shorten(String text) {
      return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }
  }
}
