package io.reviewrecovery.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatlingReportTest {

  @Test
  void readsEveryRowOfTheStatisticsTableGatling3143Writes() throws IOException {
    Map<String, GatlingReport.Row> rows = GatlingReport.parse(fixture("gatling-3.14.3/whole-case-statistics.html"));

    assertThat(rows).containsOnlyKeys("All Requests", "whole case", "intake", "find task", "claim task", "complete task");
    assertThat(rows.get("complete task")).isEqualTo(new GatlingReport.Row("complete task", 6, 6, 0, 0.86, 52, 169, 189, 1119, 1119, 1119, 294));
    GatlingReport.Row wholeCase = rows.get("whole case");
    assertThat(wholeCase.total()).isEqualTo(1);
    assertThat(wholeCase.p50()).isEqualTo(6204);
    assertThat(wholeCase.perSecond()).isEqualTo(0.14);
  }

  @Test
  void aPageWithoutTheTableIsAnError() {
    assertThatThrownBy(() -> GatlingReport.parse("<html><body>No statistics</body></html>"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No statistics table");
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = GatlingReportTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
