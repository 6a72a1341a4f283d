package io.reviewrecovery.bench;

import static io.reviewrecovery.bench.subjects.Subject.BARE;
import static io.reviewrecovery.bench.subjects.Subject.OURS;
import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.bench.AppDatabase.TableBytes;
import io.reviewrecovery.bench.StatementCounter.Statement;
import io.reviewrecovery.bench.subjects.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

  private static final Path OUT = Path.of("/results/run");

  @Test
  void figuresSideBySide_mediansOverTheRounds_ratioOursOverBare() {
    Results results = results();
    results.add(intake(OURS, 1, 40.0, 18, 130));
    results.add(intake(OURS, 2, 50.0, 20, 150));
    results.add(intake(BARE, 1, 120.0, 6, 20));
    results.add(intake(BARE, 2, 130.0, 7, 22));

    String md = new ResultsTable(results, OUT).markdown();

    assertThat(md).contains("| What | Review Recovery | Bare Camunda | Ratio |")
        .contains("| intake, 1 client: throughput · p50 · p95 · p99 | 45.0 req/s · p50 19.0 · p95 38.0 · p99 140 ms "
            + "| 125 req/s · p50 6.50 · p95 13.0 · p99 21.0 ms | 0.36× |")
        .contains("[round 2, bare, intake at 1 client(s)](gatling/bare-2/index.html)");
  }

  @Test
  void statementsPerIntake_bytesPerCase_queues_startUpAndMemory() {
    Results results = results();
    results.add(new Results.Statements(OURS, 1, 10, new StatementCounter.Count(List.of(
        new Statement("insert into ACT_HI_DETAIL values ($1)", 490, true),
        new Statement("SELECT $2 FROM ONLY x FOR KEY SHARE OF x", 420, false), new Statement("BEGIN", 70, true)))));
    results.add(new Results.Statements(BARE, 1, 10, new StatementCounter.Count(List.of(
        new Statement("insert into ACT_RU_TASK values ($1)", 200, true), new Statement("BEGIN", 20, true)))));
    results.add(new Results.WholeCases(OURS, 1, 4, 10, row("whole case", 2.0, 1900, 3000, 0), row("complete task", 40, 120, 200, 0),
        Map.of("act_hi_detail", new TableBytes(300, 266_240, 400_000), "review_case", new TableBytes(10, 1_024, 16_384)), Path.of("/results/run/gatling/w")));
    results.add(new Results.WholeCases(BARE, 1, 4, 10, row("whole case", 8.0, 300, 500, 0), row("complete task", 10, 20, 30, 0),
        Map.of("act_hi_detail", new TableBytes(20, 27_648, 65_536)), Path.of("/results/run/gatling/wb")));
    results.add(new Results.Queues(OURS, 1, 10_000, Map.of("list Reputation queue as manager", row("list Reputation queue as manager", 0.1, 12_600, 22_000, 0),
        "warm-up: Reputation queue as manager", row("warm-up: Reputation queue as manager", 0, 20_000, 20_000, 0)), Path.of("/results/run/gatling/q")));
    results.add(new Results.Queues(BARE, 1, 10_000, Map.of("list Reputation queue as manager", row("list Reputation queue as manager", 5, 150, 220, 1)),
        Path.of("/results/run/gatling/qb")));
    results.add(new Results.OpenCases(OURS, 10_000, new OpenCaseGenerator.Generation(10_000, 10_000, 5_000, Duration.ofSeconds(400)),
        11_534_336 + 10_000L * 54_272, 11_534_336));
    results.add(new Results.Start(OURS, 1, "intake", true, Duration.ofMillis(30_000), 600 * 1024));
    results.add(new Results.Start(OURS, 2, "intake", false, Duration.ofMillis(14_600), 540 * 1024));
    results.add(new Results.Start(BARE, 2, "intake", false, Duration.ofMillis(12_700), 492 * 1024));

    String md = new ResultsTable(results, OUT).markdown();

    assertThat(md)
        .contains("| SQL statements per intake, with its async continuation: all = client + nested + transactions "
            + "| 98.0 (49.0 client + 42.0 nested; 7.00 transactions) | 22.0 (20.0 client + 0.00 nested; 2.00 transactions) | 4.45× |")
        .contains("| column bytes per whole case (live rows, pg_column_size) · largest tables | 26.1 KiB (ACT_HI_DETAIL 26.0, review_case 0.10) "
            + "| 2.70 KiB (ACT_HI_DETAIL 2.70) | 9.67× |")
        .contains("| ACT_HI_DETAIL | 26,624 · 30.0 | 2,765 · 2.00 |")
        .contains("| list Reputation queue as manager, 10,000 open cases: p50 · p95 · max | 12,600 · 22,000 · 22,000 ms (1 call) "
            + "| 150 · 220 · 220 ms (1 call · **1 failed**) | 100.00× |")
        .doesNotContain("warm-up: Reputation queue as manager, 10,000")
        .contains("| database size per open case at 10,000 open cases (pg_database_size growth) | 53.0 KiB | — |  |")
        .contains("| generator: time to reach 10,000 open cases (through the application) | 6 min 40 s (10,000 created, 25.0/s) | — |  |")
        .contains("| start-up to first HTTP answer (existing schema) | 14.6 s | 12.7 s | 1.15× |")
        .contains("| start-up to first HTTP answer, first start (creates the schema) | 30.0 s | — |  |")
        .contains("| memory (RSS) after the intake and whole-case load | 570 MiB | 492 MiB | 1.16× |");
  }

  @Test
  void theStatementsOfAnIntake_perIntake_mostFrequentFirst() {
    String md = ResultsTable.statementList(new Results.Statements(OURS, 2, 10, new StatementCounter.Count(List.of(
        new Statement("insert into ACT_HI_DETAIL\n   values ($1)", 30, true), new Statement("BEGIN", 7, true)))));

    assertThat(md).contains("# SQL statements per intake: ours, round 2")
        .contains("Per intake: 3.70 in all: 3.00 statements the application sent, 0.00 nested ones")
        .contains("| 3.00 | client | `insert into ACT_HI_DETAIL values ($1)` |");
  }

  private static Results results() {
    return new Results(new Results.Setting("2026-12-03 13:00 UTC", "2 cores", "OpenJDK 17", "15.18", "-Xmx512m", 2, List.of(OURS, BARE)));
  }

  private static Results.Intake intake(Subject subject, int round, double perSecond, long p50, long p99) {
    return new Results.Intake(subject, round, 1, Duration.ofSeconds(30), new GatlingReport.Row("intake", (long) (perSecond * 30),
        (long) (perSecond * 30), 0, perSecond, 1, p50, p50, 2 * p50, p99, p99, p50), Duration.ofSeconds(2),
        Path.of("/results/run/gatling/" + subject.id() + "-" + round));
  }

  private static GatlingReport.Row row(String name, double perSecond, long p50, long p95, long ko) {
    return new GatlingReport.Row(name, 1, 1 - ko, ko, perSecond, 1, p50, p50, p95, p95, p95, p50);
  }
}
