package io.reviewrecovery.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.bench.subjects.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void theStandardRun_bothApplications_interleavedTwice_atTenThousandOpenCases() {
    BenchOptions options = BenchOptions.parse("--repository=/repo");

    assertThat(options.subjects()).containsExactly(Subject.OURS, Subject.BARE);
    assertThat(options.rounds()).isEqualTo(2);
    assertThat(options.intakeClients()).containsExactly(1, 4, 16);
    assertThat(options.openCases()).containsExactly(10_000);
    assertThat(options.jvmFlags()).containsExactly("-Xmx512m");
    assertThat(options.singleStart()).isFalse();
    assertThat(options.output()).startsWithRaw(Path.of("/repo/bench/target/results"));
  }

  @Test
  void optionsOverTheDefaults_andPostgresSettings() {
    BenchOptions options = BenchOptions.parse("--open-cases=10000,100000", "--intake-seconds=60", "--jvm=-Xmx768m -XX:+UseSerialGC",
        "--pg-synchronous_commit=off", "--output=/tmp/x");

    assertThat(options.openCases()).containsExactly(10_000, 100_000);
    assertThat(options.intakeDuration()).isEqualTo(Duration.ofMinutes(1));
    assertThat(options.jvmFlags()).containsExactly("-Xmx768m", "-XX:+UseSerialGC");
    assertThat(options.postgresSettings()).isEqualTo(Map.of("synchronous_commit", "off"));
    assertThat(options.output()).isEqualTo(Path.of("/tmp/x"));
  }

  @Test
  void theSmokeRun_isTheBaselineForSeconds_inOneStart() {
    BenchOptions options = BenchOptions.parse("--smoke");

    assertThat(options.subjects()).containsExactly(Subject.BARE);
    assertThat(options.rounds()).isEqualTo(1);
    assertThat(options.intakeDuration()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.openCases()).containsExactly(20);
    assertThat(options.singleStart()).isTrue();
  }

  @Test
  void noOpenCases_noQueuePhase() {
    assertThat(BenchOptions.parse("--open-cases=").openCases()).isEqualTo(List.of());
  }

  @Test
  void anUnknownOptionIsRefused() {
    assertThatThrownBy(() -> BenchOptions.parse("--round=3")).hasMessageContaining("Unknown option --round");
    assertThatThrownBy(() -> BenchOptions.parse("rounds=3")).hasMessageContaining("Expected --name=value");
  }
}
