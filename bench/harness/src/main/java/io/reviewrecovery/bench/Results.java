package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, as {@link ResultsTable} reports it. */
public final class Results {

  /** Where and how the run ran. */
  public record Setting(String date, String machine, String java, String postgres, String jvmFlags, int rounds,
      List<Subject> subjects) {
  }

  /** One start of an application: time to its first answer, and its memory after the load of the phase. */
  public record Start(Subject subject, int round, String phase, boolean createdSchema, Duration startUp, long residentKiB) {
  }

  /**
   * One intake run: the requests, and how long the job executor took after the last request to
   * bring every case to its first task.
   */
  public record Intake(Subject subject, int round, int clients, Duration duration, GatlingReport.Row requests,
      Duration catchUp, Path report) {

    /** Cases per second from the first request to the last case at its first task. */
    public double continuationsPerSecond() {
      double seconds = (duration.toMillis() + catchUp.toMillis()) / 1000.0;
      return requests.ok() / seconds;
    }
  }

  /** The statements of {@code intakes} intakes, each with the work after its save point. */
  public record Statements(Subject subject, int round, int intakes, StatementCounter.Count count) {
    public double perIntake(long calls) {
      return (double) calls / intakes;
    }
  }

  /** Whole happy-path cases: how fast, and the bytes each table gained per case. */
  public record WholeCases(Subject subject, int round, int clients, long endedCases, GatlingReport.Row cases,
      GatlingReport.Row completions, Map<String, AppDatabase.TableBytes> bytesPerTable, Path report) {

    public long columnBytesPerCase() {
      return endedCases == 0 ? 0 : bytesPerTable.values().stream().mapToLong(AppDatabase.TableBytes::columnBytes).sum() / endedCases;
    }

    public long diskBytesPerCase() {
      return endedCases == 0 ? 0 : bytesPerTable.values().stream().mapToLong(AppDatabase.TableBytes::diskBytes).sum() / endedCases;
    }
  }

  /** Filling the queues to a number of open cases, and what it cost in the database. */
  public record OpenCases(Subject subject, int openCases, OpenCaseGenerator.Generation generation, long databaseBytes,
      long emptyDatabaseBytes) {
    public long databaseBytesPerCase() {
      return (databaseBytes - emptyDatabaseBytes) / openCases;
    }
  }

  /** The team-queue queries at a number of open cases, by request name. */
  public record Queues(Subject subject, int round, int openCases, Map<String, GatlingReport.Row> requests, Path report) {
  }

  private final Setting setting;
  final List<Start> starts = new ArrayList<>();
  final List<Intake> intakes = new ArrayList<>();
  final List<Statements> statements = new ArrayList<>();
  final List<WholeCases> wholeCases = new ArrayList<>();
  final List<OpenCases> openCases = new ArrayList<>();
  final List<Queues> queues = new ArrayList<>();

  public Results(Setting setting) {
    this.setting = setting;
  }

  public Setting setting() {
    return setting;
  }

  public void add(Start start) {
    starts.add(start);
  }

  public void add(Intake intake) {
    intakes.add(intake);
  }

  public void add(Statements count) {
    statements.add(count);
  }

  public void add(WholeCases cases) {
    wholeCases.add(cases);
  }

  public void add(OpenCases cases) {
    openCases.add(cases);
  }

  public void add(Queues queue) {
    queues.add(queue);
  }
}
