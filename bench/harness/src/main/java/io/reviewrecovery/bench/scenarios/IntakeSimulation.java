package io.reviewrecovery.bench.scenarios;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.reviewrecovery.bench.subjects.CaseValues;
import io.reviewrecovery.bench.subjects.Subject;
import io.reviewrecovery.bench.subjects.Template;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake: {@code clients} clients each send new reviews back to back for the duration, as the
 * integration user {@code feed}: ours to {@code POST /api/reviews}, the baseline to the engine's
 * REST process start. Measures the request; the work after the save point (verification up to the
 * first task) runs in the job executor, and the harness measures how long it takes to catch up.
 */
public class IntakeSimulation extends Simulation {

  {
    ScenarioSettings settings = ScenarioSettings.fromSystemProperties();
    Subject subject = settings.subject();
    Template body = subject.intakeBody();
    AtomicLong reviews = new AtomicLong();
    ScenarioBuilder intake = scenario("intake").during(settings.duration(), "reviews", false).on(
        exec(http("intake").post(subject.intakePath()).basicAuth(Subject.INTAKE_USER, Subject.INTAKE_USER)
            .body(StringBody(session -> body.fill(CaseValues.of(settings.runId() + "-" + reviews.incrementAndGet(), "reputation"))))
            .check(status().is(subject.intakeStatus()))));
    setUp(intake.injectOpen(atOnceUsers(settings.clients()))).protocols(settings.protocol());
  }
}
