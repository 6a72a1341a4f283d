package io.reviewrecovery.bench.subjects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An application the benchmark measures: Review Recovery ({@code ours}) or the bare Camunda
 * baseline ({@code bare}). What differs between them for the scenarios is here: where a review
 * arrives, the body, the first task, the whole case's tasks, how the application is started.
 * Users ({@code feed}, {@code agent}, {@code manager}, {@code admin}, passwords = names) and the
 * queue filters ("Support queue", "Reputation queue") are the same in both.
 */
public enum Subject {

  OURS("ours", "/api/reviews", "Task_AssessTerms", false),
  BARE("bare", "/engine-rest/process-definition/key/BareReview/start", "Task_Assess", true);

  public static final String INTAKE_USER = "feed";

  private final String id;
  private final String intakePath;
  private final String firstTaskKey;
  private final boolean teamChosenAtIntake;

  Subject(String id, String intakePath, String firstTaskKey, boolean teamChosenAtIntake) {
    this.id = id;
    this.intakePath = intakePath;
    this.firstTaskKey = firstTaskKey;
    this.teamChosenAtIntake = teamChosenAtIntake;
  }

  public static Subject byId(String id) {
    return Stream.of(values()).filter(s -> s.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown application '" + id + "': ours or bare"));
  }

  public String id() {
    return id;
  }

  /** Where a review arrives: our case API, or the engine's REST process start. */
  public String intakePath() {
    return intakePath;
  }

  /** The answer to a new review: ours says 201 Created, the engine's process start 200. */
  public int intakeStatus() {
    return this == OURS ? 201 : 200;
  }

  public Template intakeBody() {
    return Template.resource(this == OURS ? "bench/ours/review.json" : "bench/bare/start.json");
  }

  /** The task every new case waits at once the work after its save point ran (a reputation task). */
  public String firstTaskKey() {
    return firstTaskKey;
  }

  /**
   * Whether the intake itself says which team's queue the first task goes to (the baseline's user
   * task takes its candidate group from a variable). Otherwise a case reaches the support queue
   * when the reputation team completes the first step of {@link #wholeCase()}, the assessment.
   */
  public boolean teamChosenAtIntake() {
    return teamChosenAtIntake;
  }

  /** The tasks of a whole happy-path case, in order. */
  public List<CaseStep> wholeCase() {
    return CaseStep.script("bench/" + id + "/happy-path.json");
  }

  /** The executable jar, built by bench/run.sh (ours: the repository's own build). */
  public Path jar(Path repository) {
    if (this == BARE) {
      return repository.resolve("bench/bare-camunda/target/bare-camunda.jar");
    }
    try (Stream<Path> jars = Files.list(repository.resolve("target"))) {
      return jars.filter(p -> p.getFileName().toString().matches("review-recovery-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No review-recovery-*.jar in " + repository.resolve("target")
              + ": build it with ./mvnw -DskipTests package"));
    } catch (IOException e) {
      throw new UncheckedIOException("No build of the application in " + repository.resolve("target"), e);
    }
  }

  /** Command-line arguments that put the application on the database and port. */
  public List<String> arguments(int port, Database database) {
    return this == OURS
        ? List.of("--server.port=" + port, "--management.server.port=0")
        : List.of("--server.port=" + port, "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password());
  }

  /** Environment that puts the application on the database: ours takes it as in production (README). */
  public Map<String, String> environment(Database database) {
    return this == OURS
        ? Map.of("SPRING_PROFILES_ACTIVE", "local,postgres", "REVIEW_RECOVERY_DB_URL", database.url(),
            "REVIEW_RECOVERY_DB_USER", database.user(), "REVIEW_RECOVERY_DB_PASSWORD", database.password())
        : Map.of();
  }

  /** A request that answers as expected only once the application is ready to take reviews. */
  public ReadyCheck readyCheck() {
    return this == OURS
        ? new ReadyCheck("agent", "/api/reviews/google/none", 404)
        : new ReadyCheck("admin", "/engine-rest/process-definition/key/BareReview", 200);
  }

  public record ReadyCheck(String user, String path, int status) {
  }

  /** Where an application's database is. */
  public record Database(String name, String url, String user, String password) {
  }
}
