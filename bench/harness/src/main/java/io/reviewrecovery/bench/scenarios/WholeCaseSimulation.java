package io.reviewrecovery.bench.scenarios;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.reviewrecovery.bench.subjects.CaseStep;
import io.reviewrecovery.bench.subjects.CaseValues;
import io.reviewrecovery.bench.subjects.Subject;
import io.reviewrecovery.bench.subjects.Template;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole cases: {@code clients} clients each take a review from intake to its end, over and over
 * for the duration. After the intake, each task of the subject's happy path
 * ({@link Subject#wholeCase()}) is found, claimed and completed over the engine's REST API by the
 * team member who works it, as Tasklist does it ({@code submit-form}); finding a task polls until
 * the work after a save point created it. The group "whole case" is a case's time from intake to
 * the last completion.
 */
public class WholeCaseSimulation extends Simulation {

  /** How often a client looks for the next task (every 50 ms) before it gives the case up: 60 s. */
  private static final int MAX_POLLS = 1200;

  {
    ScenarioSettings settings = ScenarioSettings.fromSystemProperties();
    Subject subject = settings.subject();
    Template body = subject.intakeBody();
    AtomicLong reviews = new AtomicLong();
    ChainBuilder wholeCase = exec(session -> session.set("reviewId", settings.runId() + "-" + reviews.incrementAndGet()))
        .exec(http("intake").post(subject.intakePath()).basicAuth(Subject.INTAKE_USER, Subject.INTAKE_USER)
            .body(StringBody(session -> body.fill(CaseValues.of(session.getString("reviewId"), "reputation"))))
            .check(status().is(subject.intakeStatus())));
    for (CaseStep step : subject.wholeCase()) {
      wholeCase = wholeCase.exec(work(step));
    }
    // A case that started before the end of the duration is finished (exitASAP false), never cut off.
    ScenarioBuilder cases = scenario("whole cases").during(settings.duration(), "cases", false)
        .on(group("whole case").on(wholeCase));
    setUp(cases.injectOpen(atOnceUsers(settings.clients()))).protocols(settings.protocol());
  }

  private static ChainBuilder work(CaseStep step) {
    String user = step.user();
    return exec(session -> session.remove("taskId").set("polls", 0))
        .asLongAs(session -> !session.contains("taskId") && session.getInt("polls") < MAX_POLLS).on(
            exec(http("find task").get("/engine-rest/task").basicAuth(user, user)
                .queryParam("processInstanceBusinessKey", "google:#{reviewId}")
                .queryParam("taskDefinitionKey", step.taskKey())
                .check(jsonPath("$[0].id").optional().saveAs("taskId")))
            .exec(session -> session.set("polls", session.getInt("polls") + 1))
            .doIf(session -> !session.contains("taskId")).then(pause(Duration.ofMillis(50))))
        .exec(session -> session.contains("taskId") ? session : session.markAsFailed())
        .exitHereIfFailed()
        .exec(http("claim task").post("/engine-rest/task/#{taskId}/claim").basicAuth(user, user)
            .body(StringBody("{\"userId\": \"" + user + "\"}")).check(status().is(204)))
        .exec(http("complete task").post("/engine-rest/task/#{taskId}/submit-form").basicAuth(user, user)
            .body(StringBody(session -> step.submission().fill(CaseValues.of(session.getString("reviewId"), "reputation"))))
            .check(status().is(204)));
  }
}
