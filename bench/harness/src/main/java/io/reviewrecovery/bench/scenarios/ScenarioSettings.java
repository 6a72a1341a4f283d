package io.reviewrecovery.bench.scenarios;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.reviewrecovery.bench.subjects.Subject;
import java.time.Duration;
import java.util.Map;

/**
 * What a simulation runs against and for how long. The harness forks Gatling with these as system
 * properties ({@link #asSystemProperties()}); a simulation reads them back.
 *
 * @param runId makes the review ids of this run unique, so a run never re-sends a known review
 */
public record ScenarioSettings(Subject subject, String baseUrl, int clients, Duration duration, String runId) {

  private static final String PREFIX = "bench.";

  public static ScenarioSettings fromSystemProperties() {
    return new ScenarioSettings(Subject.byId(required("subject")), required("baseUrl"),
        Integer.parseInt(required("clients")), Duration.ofSeconds(Long.parseLong(required("seconds"))), required("runId"));
  }

  public Map<String, String> asSystemProperties() {
    return Map.of(PREFIX + "subject", subject.id(), PREFIX + "baseUrl", baseUrl, PREFIX + "clients", Integer.toString(clients),
        PREFIX + "seconds", Long.toString(duration.toSeconds()), PREFIX + "runId", runId);
  }

  /** JSON in and out; each virtual user keeps its own connection, as a client of its own would. */
  HttpProtocolBuilder protocol() {
    return http.baseUrl(baseUrl).contentTypeHeader("application/json").acceptHeader("application/json")
        .disableCaching();
  }

  private static String required(String name) {
    String value = System.getProperty(PREFIX + name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + PREFIX + name + " is not set");
    }
    return value;
  }
}
