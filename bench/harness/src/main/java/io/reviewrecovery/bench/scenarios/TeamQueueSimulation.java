package io.reviewrecovery.bench.scenarios;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.reviewrecovery.bench.subjects.EngineRest;
import java.util.List;

/**
 * Team queues: a team member opens their team's Tasklist filter, as Tasklist asks for it (the
 * first page of 15, newest first, HAL, which also counts the tasks) and asks for its count, over
 * and over for the duration (at least three times), one member after the other: {@code manager} the "Reputation queue",
 * {@code agent} the "Support queue", and {@code admin} the "Reputation queue" (an admin's query has
 * no authorization check: the difference is what the checks cost). One call first, not counted,
 * warms up each query. The open cases come from the harness's generator.
 */
public class TeamQueueSimulation extends Simulation {

  /** Calls per member at least, however slow: a percentile of one call says little. */
  private static final int MIN_CALLS = 3;

  /** What Tasklist 7.24 sends for a filter's first page (from its taskList query). */
  private static final String TASKLIST_PAGE = """
      {"processVariables": [], "taskVariables": [], "caseInstanceVariables": [],
       "sorting": [{"sortBy": "created", "sortOrder": "desc"}], "active": true}""";

  /** A team member and the filter they open. */
  record Viewer(String user, String filter) {
    String name() {
      return filter + " as " + user;
    }
  }

  static final List<Viewer> VIEWERS = List.of(
      new Viewer("manager", "Reputation queue"),
      new Viewer("agent", "Support queue"),
      new Viewer("admin", "Reputation queue"));

  {
    ScenarioSettings settings = ScenarioSettings.fromSystemProperties();
    EngineRest admin = new EngineRest(settings.baseUrl());
    PopulationBuilder population = null;
    for (Viewer viewer : VIEWERS) {
      String filterId = admin.filterId(viewer.filter());
      long durationMillis = settings.duration().toMillis();
      ScenarioBuilder opening = scenario(viewer.name())
          .exec(list(viewer, filterId, "warm-up: " + viewer.name()))
          .exec(session -> session.set("since", System.currentTimeMillis()))
          .asLongAs(session -> session.getInt("calls") < MIN_CALLS
              || System.currentTimeMillis() - session.getLong("since") < durationMillis, "calls").on(
              exec(list(viewer, filterId, "list " + viewer.name()))
                  .exec(http("count " + viewer.name()).get("/engine-rest/filter/" + filterId + "/count")
                      .basicAuth(viewer.user(), viewer.user()).check(status().is(200))));
      PopulationBuilder next = opening.injectOpen(atOnceUsers(1));
      population = population == null ? next : population.andThen(next);
    }
    setUp(population).protocols(settings.protocol());
  }

  /** The first page; the queue must not be empty, or the figure would measure nothing. */
  private static ChainBuilder list(Viewer viewer, String filterId, String name) {
    return exec(http(name).post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15")
        .basicAuth(viewer.user(), viewer.user())
        .header("Accept", "application/hal+json, application/json; q=0.5")
        .body(StringBody(TASKLIST_PAGE))
        .check(status().is(200), jsonPath("$.count").ofInt().gt(0)));
  }
}
