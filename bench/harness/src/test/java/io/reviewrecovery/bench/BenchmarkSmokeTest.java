package io.reviewrecovery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.bench.subjects.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, so it cannot rot: the whole harness ({@code --smoke}) against the
 * bare baseline, which bench/pom.xml builds before the harness, for a few seconds: embedded
 * PostgreSQL with pg_stat_statements, a timed start, every Gatling scenario, the generator, the
 * statement and byte counts, the results table. The application's side of the scenarios (its
 * request bodies and whole case) is checked by the application's own BenchmarkRequestsTest.
 */
class BenchmarkSmokeTest {

  private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
  private static final Path OUTPUT = Path.of("target/smoke-run").toAbsolutePath();

  @Test
  void theSmokeRunMeasuresTheBaselineEndToEnd() throws Exception {
    assertThat(Subject.BARE.jar(REPOSITORY)).as("the baseline's jar, built by bench/pom.xml before the harness").exists();
    deleteRecursively(OUTPUT);

    Path table = new Benchmark(BenchOptions.parse("--smoke", "--repository=" + REPOSITORY, "--output=" + OUTPUT)).run();

    String md = Files.readString(table);
    assertThat(md).doesNotContain("failed");
    for (String row : List.of("intake, 1 client: throughput", "work after the save point, 1 client", "SQL statements per intake",
        "whole happy-path case over REST, 1 client(s)", "column bytes per whole case", "list Reputation queue as manager, 20 open cases",
        "count Support queue as agent, 20 open cases", "list Reputation queue as admin, 20 open cases",
        "generator: time to reach 20 open cases", "start-up to first HTTP answer, first start", "memory (RSS) after")) {
      assertThat(baselineFigure(md, row)).as(row).matches(".*\\d.*");
    }
    assertThat(Files.readString(OUTPUT.resolve("statements-bare-round1.md"))).contains("insert into ACT_RU_EXECUTION");
    try (Stream<Path> reports = Files.list(OUTPUT.resolve("gatling"))) {
      assertThat(reports.map(report -> report.resolve("index.html")).filter(Files::exists)).hasSize(3);
    }
  }

  /** The bare Camunda column of the row that starts so. */
  private static String baselineFigure(String md, String what) {
    return md.lines().filter(line -> line.startsWith("| " + what)).findFirst()
        .map(line -> line.split(" \\| ")[2].strip())
        .orElseThrow(() -> new AssertionError("No row '" + what + "' in\n" + md));
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
