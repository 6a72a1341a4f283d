package io.reviewrecovery;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.reviewrecovery.platform.PlatformsHealthIndicator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the application, two Spring contexts in this JVM, on one database (H2 here, one
 * PostgreSQL database in the build's PostgreSQL run), each with the poller scheduled every second:
 * Google, stubbed by WireMock, is polled once per interval, not once per node. Trustpilot is
 * disabled, with its token endpoint on the stub too: it is never asked for a token.
 */
@Tag("postgres")
class SinglePollerClusterTest {

  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final int POLLS = 6;
  private static final String REVIEWS = "/v4/accounts/acc-1/locations/loc-1/reviews";
  private static final WireMockServer GOOGLE = new WireMockServer(options().dynamicPort());
  private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() {
    GOOGLE.start();
    GOOGLE.stubFor(post(urlPathEqualTo("/google/token"))
        .willReturn(okJson("{\"access_token\": \"t\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}")));
    GOOGLE.stubFor(get(urlPathEqualTo(REVIEWS)).willReturn(okJson("{\"reviews\": []}")));
    List<String> database = database();
    for (String node : List.of("node-a", "node-b")) {
      List<String> arguments = new ArrayList<>(database);
      arguments.addAll(List.of(
          "--server.port=0",
          "--management.server.port=0",
          "--camunda.bpm.generic-properties.properties.hostname=" + node,
          "--review-recovery.platforms.scheduled=true",
          "--review-recovery.platforms.polling.interval=" + INTERVAL,
          "--review-recovery.platforms.webhooks.redelivery-interval=PT1H",
          "--review-recovery.platforms.google.enabled=true",
          "--review-recovery.platforms.google.base-url=" + GOOGLE.baseUrl(),
          "--review-recovery.platforms.google.token-uri=" + GOOGLE.baseUrl() + "/google/token",
          "--review-recovery.platforms.google.client-id=client",
          "--review-recovery.platforms.google.client-secret=secret",
          "--review-recovery.platforms.google.refresh-token=refresh",
          "--review-recovery.platforms.google.account-id=acc-1",
          "--review-recovery.platforms.google.location-id=loc-1",
          "--review-recovery.platforms.trustpilot.enabled=false",
          "--review-recovery.platforms.trustpilot.token-uri=" + GOOGLE.baseUrl() + "/trustpilot/token"));
      NODES.add(new SpringApplicationBuilder(ReviewRecoveryApplication.class).profiles("local", "test")
          .run(arguments.toArray(String[]::new)));
    }
  }

  @AfterAll
  static void stopTheNodes() {
    NODES.forEach(ConfigurableApplicationContext::close);
    GOOGLE.stop();
  }

  @Test
  void twoNodesPollOncePerInterval_notTwice() {
    // The first node polled alone while the second started: count from here, with both running.
    GOOGLE.resetRequests();
    await("%d polls of Google".formatted(POLLS)).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
        .until(() -> polls().size() >= POLLS);

    List<Date> polls = polls();
    for (int n = 1; n < polls.size(); n++) {
      long gap = polls.get(n).getTime() - polls.get(n - 1).getTime();
      // The lock holds for the interval from the moment it was taken, on the database's clock.
      assertThat(gap).as("milliseconds between poll %d and poll %d", n, n + 1)
          .isGreaterThanOrEqualTo(INTERVAL.toMillis() - 100);
    }
    GOOGLE.verify(0, anyRequestedFor(urlPathMatching("/trustpilot/.*")));
    JdbcTemplate jdbc = NODES.get(0).getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForList("select name from shedlock", String.class)).contains("platform-polling");

    for (ConfigurableApplicationContext node : NODES) {
      Health health = node.getBean("platformsHealthIndicator", PlatformsHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).as("only the enabled platform").containsOnlyKeys("google");
    }
  }

  /** When Google's reviews were listed, in order: one list request per poll (no reviews, one page). */
  private static List<Date> polls() {
    return GOOGLE.findAll(getRequestedFor(urlPathEqualTo(REVIEWS))).stream().map(LoggedRequest::getLoggedDate)
        .sorted(Comparator.naturalOrder()).toList();
  }

  private static List<String> database() {
    if (TestPostgres.selected()) {
      TestPostgres.Database postgres = TestPostgres.newDatabase();
      return List.of("--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=" + postgres.user(),
          "--spring.datasource.password=" + postgres.password(),
          "--spring.datasource.driver-class-name=org.postgresql.Driver");
    }
    return List.of("--spring.datasource.url=jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
