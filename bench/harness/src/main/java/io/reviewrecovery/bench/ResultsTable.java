package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The results of a run as markdown: one table of figures side by side (medians over the rounds,
 * the ratio Review Recovery ÷ bare Camunda), then the bytes per table, every round's figures and
 * the links to Gatling's reports. docs/benchmarks.md says how to read it.
 */
public final class ResultsTable {

  private static final double KIB = 1024.0;
  private static final double MIB = 1024.0 * 1024.0;

  private final Results results;
  private final Path directory;

  /** @param directory where the table is written: report links are relative to it */
  public ResultsTable(Results results, Path directory) {
    this.results = results;
    this.directory = directory;
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    Results.Setting setting = results.setting();
    md.append("# Benchmark: Review Recovery and bare Camunda\n\n");
    md.append("%s · %s · %s · PostgreSQL %s · JVM flags `%s` · %d round(s), interleaved (%s)\n\n".formatted(
        setting.date(), setting.machine(), setting.java(), setting.postgres(), setting.jvmFlags(), setting.rounds(),
        setting.subjects().stream().map(Subject::id).collect(Collectors.joining(", "))));
    md.append("Medians over the rounds; ratio = Review Recovery ÷ bare Camunda (for throughput, below 1 is slower). "
        + "KiB = 1024 bytes. How to read it: docs/benchmarks.md.\n\n");
    md.append("| What | Review Recovery | Bare Camunda | Ratio |\n|---|---|---|---|\n");
    intakeRows(md);
    statementRows(md);
    wholeCaseRows(md);
    queueRows(md);
    startRows(md);
    md.append('\n');
    bytesByTable(md);
    rounds(md);
    reports(md);
    return md.toString();
  }

  /** Every statement of the intake, per intake, most frequent first. */
  public static String statementList(Results.Statements statements) {
    StringBuilder md = new StringBuilder();
    StatementCounter.Count count = statements.count();
    md.append("# SQL statements per intake: %s, round %d\n\n".formatted(statements.subject().id(), statements.round()));
    md.append("%d intakes, each with the work after its save point; from pg_stat_statements (track = all). "
        .formatted(statements.intakes()));
    md.append("Per intake: %s in all: %s statements the application sent, %s nested ones PostgreSQL ran inside them, "
        .formatted(number(statements.perIntake(count.all())), number(statements.perIntake(count.client())),
            number(statements.perIntake(count.nested()))));
    md.append("and %s transactions (BEGIN; the COMMITs are undercounted by pg_stat_statements, see StatementCounter).\n\n"
        .formatted(number(statements.perIntake(count.transactions()))));
    md.append("| Per intake | Level | Statement |\n|---|---|---|\n");
    for (StatementCounter.Statement statement : count.statements()) {
      String query = statement.query().replaceAll("\\s+", " ").strip();
      if (query.length() > 300) {
        query = query.substring(0, 300) + " …";
      }
      md.append("| %s | %s | `%s` |\n".formatted(number(statements.perIntake(statement.calls())),
          statement.topLevel() ? "client" : "nested", query.replace("|", "\\|").replace("`", "'")));
    }
    return md.toString();
  }

  // --- the main table ------------------------------------------------------------------------------

  private void intakeRows(StringBuilder md) {
    for (int clients : distinct(results.intakes, Results.Intake::clients)) {
      Predicate<Results.Intake> level = i -> i.clients() == clients;
      String who = clients == 1 ? "1 client" : clients + " clients";
      row(md, "intake, " + who + ": throughput · p50 · p95 · p99", subject -> {
        List<Results.Intake> runs = of(results.intakes, subject, level, Results.Intake::subject);
        if (runs.isEmpty()) {
          return null;
        }
        return new Cell("%s req/s · p50 %s · p95 %s · p99 %s ms%s".formatted(
            number(median(runs, i -> i.requests().perSecond())), number(median(runs, i -> i.requests().p50())),
            number(median(runs, i -> i.requests().p95())), number(median(runs, i -> i.requests().p99())),
            failed(runs.stream().mapToLong(i -> i.requests().ko()).sum())), median(runs, i -> i.requests().perSecond()));
      });
      row(md, "work after the save point, " + who + ": cases/s from the first request to the last case at its first task · catch-up after the last request",
          subject -> {
            List<Results.Intake> runs = of(results.intakes, subject, level, Results.Intake::subject);
            return runs.isEmpty() ? null : new Cell("%s/s · catch-up %s s".formatted(
                number(median(runs, Results.Intake::continuationsPerSecond)),
                number(median(runs, i -> i.catchUp().toMillis() / 1000.0))), median(runs, Results.Intake::continuationsPerSecond));
          });
    }
  }

  private void statementRows(StringBuilder md) {
    row(md, "SQL statements per intake, with its async continuation: all = client + nested + transactions", subject -> {
      List<Results.Statements> runs = of(results.statements, subject, s -> true, Results.Statements::subject);
      if (runs.isEmpty()) {
        return null;
      }
      double all = median(runs, s -> s.perIntake(s.count().all()));
      return new Cell("%s (%s client + %s nested; %s transactions)".formatted(number(all),
          number(median(runs, s -> s.perIntake(s.count().client()))), number(median(runs, s -> s.perIntake(s.count().nested()))),
          number(median(runs, s -> s.perIntake(s.count().transactions())))), all);
    });
  }

  private void wholeCaseRows(StringBuilder md) {
    for (int clients : distinct(results.wholeCases, Results.WholeCases::clients)) {
      Predicate<Results.WholeCases> level = w -> w.clients() == clients;
      row(md, "whole happy-path case over REST, " + clients + " client(s): cases/s · case time p50 · p95", subject -> {
        List<Results.WholeCases> runs = of(results.wholeCases, subject, level, Results.WholeCases::subject);
        return runs.isEmpty() ? null : new Cell("%s/s · p50 %s s · p95 %s s%s".formatted(
            number(median(runs, w -> w.cases().perSecond())), number(median(runs, w -> w.cases().p50() / 1000.0)),
            number(median(runs, w -> w.cases().p95() / 1000.0)), failed(runs.stream().mapToLong(w -> w.cases().ko()).sum())),
            median(runs, w -> w.cases().perSecond()));
      });
      row(md, "task completion (submit-form) in those cases: p50 · p95 · p99", subject -> {
        List<Results.WholeCases> runs = of(results.wholeCases, subject, level, Results.WholeCases::subject);
        return runs.isEmpty() ? null : new Cell("p50 %s · p95 %s · p99 %s ms".formatted(number(median(runs, w -> w.completions().p50())),
            number(median(runs, w -> w.completions().p95())), number(median(runs, w -> w.completions().p99()))),
            median(runs, w -> w.completions().p95()));
      });
    }
    row(md, "column bytes per whole case (live rows, pg_column_size) · largest tables", subject -> {
      List<Results.WholeCases> runs = of(results.wholeCases, subject, w -> w.endedCases() > 0, Results.WholeCases::subject);
      if (runs.isEmpty()) {
        return null;
      }
      Results.WholeCases typical = runs.get(runs.size() / 2);
      String largest = typical.bytesPerTable().entrySet().stream()
          .sorted(Comparator.comparingLong((Map.Entry<String, AppDatabase.TableBytes> e) -> e.getValue().columnBytes()).reversed())
          .limit(3).map(e -> "%s %s".formatted(table(e.getKey()), number(e.getValue().columnBytes() / KIB / typical.endedCases())))
          .collect(Collectors.joining(", "));
      double bytes = median(runs, w -> w.columnBytesPerCase());
      return new Cell("%s KiB (%s)".formatted(number(bytes / KIB), largest), bytes);
    });
    row(md, "disk bytes per whole case (tables, indexes, TOAST: pg_total_relation_size)", subject -> {
      List<Results.WholeCases> runs = of(results.wholeCases, subject, w -> w.endedCases() > 0, Results.WholeCases::subject);
      return runs.isEmpty() ? null : new Cell(number(median(runs, w -> w.diskBytesPerCase()) / KIB) + " KiB",
          median(runs, w -> w.diskBytesPerCase()));
    });
  }

  private void queueRows(StringBuilder md) {
    for (int open : distinct(results.queues, Results.Queues::openCases)) {
      Set<String> names = new LinkedHashSet<>();
      results.queues.stream().filter(q -> q.openCases() == open)
          .forEach(q -> q.requests().keySet().stream().filter(ResultsTable::measuredQueueRequest).forEach(names::add));
      for (String name : names) {
        row(md, "%s, %s open cases: p50 · p95 · max".formatted(name, "%,d".formatted(open)), subject -> {
          List<GatlingReport.Row> rows = results.queues.stream()
              .filter(q -> q.subject() == subject && q.openCases() == open && q.requests().containsKey(name))
              .map(q -> q.requests().get(name)).toList();
          long calls = rows.stream().mapToLong(GatlingReport.Row::total).sum();
          return rows.isEmpty() ? null : new Cell("%s · %s · %s ms (%d call%s%s)".formatted(number(median(rows, GatlingReport.Row::p50)),
              number(median(rows, GatlingReport.Row::p95)), number(median(rows, GatlingReport.Row::max)), calls, calls == 1 ? "" : "s",
              failed(rows.stream().mapToLong(GatlingReport.Row::ko).sum())), median(rows, GatlingReport.Row::p95));
        });
      }
    }
    for (int open : distinct(results.openCases, Results.OpenCases::openCases)) {
      row(md, "database size per open case at %,d open cases (pg_database_size growth)".formatted(open), subject ->
          results.openCases.stream().filter(o -> o.subject() == subject && o.openCases() == open).findFirst()
              .map(o -> new Cell(number(o.databaseBytesPerCase() / KIB) + " KiB", o.databaseBytesPerCase())).orElse(null));
      row(md, "generator: time to reach %,d open cases (through the application)".formatted(open), subject ->
          results.openCases.stream().filter(o -> o.subject() == subject && o.openCases() == open).findFirst()
              .map(o -> new Cell("%s (%s created, %s/s)".formatted(duration(o.generation().took()), "%,d".formatted(o.generation().created()),
                  number(o.generation().casesPerSecond())), o.generation().took().toMillis())).orElse(null));
    }
  }

  private void startRows(StringBuilder md) {
    row(md, "start-up to first HTTP answer (existing schema)", subject -> {
      List<Results.Start> starts = of(results.starts, subject, s -> !s.createdSchema(), Results.Start::subject);
      return starts.isEmpty() ? null : new Cell(number(median(starts, s -> s.startUp().toMillis() / 1000.0)) + " s",
          median(starts, s -> s.startUp().toMillis()));
    });
    row(md, "start-up to first HTTP answer, first start (creates the schema)", subject -> {
      List<Results.Start> starts = of(results.starts, subject, Results.Start::createdSchema, Results.Start::subject);
      return starts.isEmpty() ? null : new Cell(number(median(starts, s -> s.startUp().toMillis() / 1000.0)) + " s",
          median(starts, s -> s.startUp().toMillis()));
    });
    row(md, "memory (RSS) after the intake and whole-case load", subject -> {
      List<Results.Start> starts = of(results.starts, subject, s -> s.phase().equals("intake"), Results.Start::subject);
      return starts.isEmpty() ? null : new Cell(number(median(starts, s -> s.residentKiB() / KIB)) + " MiB",
          median(starts, s -> s.residentKiB()));
    });
  }

  // --- details --------------------------------------------------------------------------------------

  private void bytesByTable(StringBuilder md) {
    if (results.wholeCases.isEmpty()) {
      return;
    }
    md.append("## Bytes per whole case, by table\n\n");
    md.append("Live rows' column bytes (pg_column_size of each row) per ended case, and rows per case, in the round with the most cases. "
        + "Tables that did not change are left out.\n\n");
    Map<String, Map<Subject, AppDatabase.TableBytes>> tables = new TreeMap<>();
    Map<Subject, Long> cases = new EnumMap<>(Subject.class);
    for (Subject subject : results.setting().subjects()) {
      results.wholeCases.stream().filter(w -> w.subject() == subject)
          .max(Comparator.comparingLong(Results.WholeCases::endedCases)).ifPresent(w -> {
            cases.put(subject, w.endedCases());
            w.bytesPerTable().forEach((table, bytes) -> tables.computeIfAbsent(table, t -> new EnumMap<>(Subject.class))
                .put(subject, bytes));
          });
    }
    md.append("| Table | Review Recovery: bytes · rows per case | Bare Camunda: bytes · rows per case |\n|---|---|---|\n");
    tables.entrySet().stream()
        .filter(e -> e.getValue().values().stream().anyMatch(b -> b.rows() != 0 || b.columnBytes() != 0))
        .sorted(Comparator.comparingDouble((Map.Entry<String, Map<Subject, AppDatabase.TableBytes>> e) ->
            perCase(e.getValue().get(Subject.OURS), cases.get(Subject.OURS), AppDatabase.TableBytes::columnBytes)).reversed())
        .forEach(e -> md.append("| %s | %s | %s |\n".formatted(table(e.getKey()),
            tableCell(e.getValue().get(Subject.OURS), cases.get(Subject.OURS)),
            tableCell(e.getValue().get(Subject.BARE), cases.get(Subject.BARE)))));
    md.append('\n');
  }

  private void rounds(StringBuilder md) {
    md.append("## Every round\n\n");
    for (Results.Start start : results.starts) {
      md.append("- round %d, %s, %s phase: start-up %s s%s, RSS after load %s MiB\n".formatted(start.round(), start.subject().id(),
          start.phase(), number(start.startUp().toMillis() / 1000.0), start.createdSchema() ? " (created the schema)" : "",
          number(start.residentKiB() / KIB)));
    }
    for (Results.Intake intake : results.intakes) {
      GatlingReport.Row r = intake.requests();
      md.append("- round %d, %s, intake at %d client(s): %d requests in %d s, %s req/s, p50 %d · p95 %d · p99 %d · max %d ms%s, catch-up %s s\n"
          .formatted(intake.round(), intake.subject().id(), intake.clients(), r.total(), intake.duration().toSeconds(),
              number(r.perSecond()), r.p50(), r.p95(), r.p99(), r.max(), failed(r.ko()), number(intake.catchUp().toMillis() / 1000.0)));
    }
    for (Results.Statements s : results.statements) {
      md.append("- round %d, %s, %d intakes: %s statements per intake (%s client, %s nested, %s transactions)\n".formatted(s.round(),
          s.subject().id(), s.intakes(), number(s.perIntake(s.count().all())), number(s.perIntake(s.count().client())),
          number(s.perIntake(s.count().nested())), number(s.perIntake(s.count().transactions()))));
    }
    for (Results.WholeCases w : results.wholeCases) {
      md.append("- round %d, %s, whole cases at %d client(s): %d ended, %s/s, case p50 %d · p95 %d ms%s, %s KiB column bytes per case\n"
          .formatted(w.round(), w.subject().id(), w.clients(), w.endedCases(), number(w.cases().perSecond()), w.cases().p50(),
              w.cases().p95(), failed(w.cases().ko()), number(w.columnBytesPerCase() / KIB)));
    }
    for (Results.OpenCases o : results.openCases) {
      md.append("- %s: %,d open cases, %,d created in %s (%s/s); database %s MiB (%s MiB empty)\n".formatted(o.subject().id(),
          o.openCases(), o.generation().created(), duration(o.generation().took()), number(o.generation().casesPerSecond()),
          number(o.databaseBytes() / MIB), number(o.emptyDatabaseBytes() / MIB)));
    }
    for (Results.Queues q : results.queues) {
      md.append("- round %d, %s, team queues at %,d open cases: %s\n".formatted(q.round(), q.subject().id(), q.openCases(),
          q.requests().values().stream().filter(r -> measuredQueueRequest(r.name()))
              .map(r -> "%s p50 %d · p95 %d ms (%d)".formatted(r.name(), r.p50(), r.p95(), r.total()))
              .collect(Collectors.joining("; "))));
    }
    md.append('\n');
  }

  private void reports(StringBuilder md) {
    md.append("## Gatling reports\n\n");
    List<String> links = new ArrayList<>();
    results.intakes.forEach(i -> links.add(link("round %d, %s, intake at %d client(s)".formatted(i.round(), i.subject().id(), i.clients()), i.report())));
    results.wholeCases.forEach(w -> links.add(link("round %d, %s, whole cases".formatted(w.round(), w.subject().id()), w.report())));
    results.queues.forEach(q -> links.add(link("round %d, %s, team queues at %,d open cases".formatted(q.round(), q.subject().id(), q.openCases()), q.report())));
    links.forEach(l -> md.append("- ").append(l).append('\n'));
  }

  // --- helpers --------------------------------------------------------------------------------------

  /** A figure as shown, and the number the ratio is taken of. */
  private record Cell(String text, double value) {
  }

  private void row(StringBuilder md, String what, Function<Subject, Cell> cell) {
    Cell ours = cell.apply(Subject.OURS);
    Cell bare = cell.apply(Subject.BARE);
    if (ours == null && bare == null) {
      return;
    }
    String ratio = ours != null && bare != null && bare.value() > 0 ? "%.2f×".formatted(ours.value() / bare.value()) : "";
    md.append("| %s | %s | %s | %s |\n".formatted(what, ours == null ? "—" : ours.text(), bare == null ? "—" : bare.text(), ratio));
  }

  private static boolean measuredQueueRequest(String name) {
    return !name.equals("All Requests") && !name.startsWith("warm-up");
  }

  private static <T> List<T> of(List<T> all, Subject subject, Predicate<T> filter, Function<T, Subject> subjectOf) {
    return all.stream().filter(t -> subjectOf.apply(t) == subject).filter(filter).toList();
  }

  private static <T> List<Integer> distinct(List<T> all, Function<T, Integer> key) {
    return all.stream().map(key).distinct().sorted().toList();
  }

  static <T> double median(List<T> values, ToDoubleFunction<T> figure) {
    double[] sorted = values.stream().mapToDouble(figure).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Three significant figures or so: 0.42, 6.5, 43.6, 128, 12,345. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String failed(long ko) {
    return ko == 0 ? "" : " · **%d failed**".formatted(ko);
  }

  private static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds >= 60 ? "%d min %02d s".formatted(seconds / 60, seconds % 60) : seconds + " s";
  }

  /** Camunda's tables as its documentation writes them. */
  private static String table(String name) {
    return name.startsWith("act_") ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static double perCase(AppDatabase.TableBytes bytes, Long cases, ToDoubleFunction<AppDatabase.TableBytes> figure) {
    return bytes == null || cases == null || cases == 0 ? 0 : figure.applyAsDouble(bytes) / cases;
  }

  private static String tableCell(AppDatabase.TableBytes bytes, Long cases) {
    if (bytes == null || cases == null || cases == 0 || (bytes.rows() == 0 && bytes.columnBytes() == 0)) {
      return "";
    }
    return "%s · %s".formatted(number(perCase(bytes, cases, AppDatabase.TableBytes::columnBytes)),
        number(perCase(bytes, cases, AppDatabase.TableBytes::rows)));
  }

  private String link(String label, Path report) {
    Path index = Objects.requireNonNull(report).resolve("index.html");
    return "[%s](%s)".formatted(label, directory.toAbsolutePath().relativize(index.toAbsolutePath()));
  }
}
