package io.reviewrecovery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.bench.StatementCounter.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCounterTest {

  @Test
  void clientStatements_nestedOnes_andATransactionPerBegin() {
    StatementCounter.Count count = new StatementCounter.Count(List.of(
        new Statement("insert into ACT_RU_TASK values ($1)", 10, true),
        new Statement("select * from ACT_RU_JOB where ID_ = $1", 5, true),
        new Statement("SELECT $2 FROM ONLY \"public\".\"act_ru_execution\" x FOR KEY SHARE OF x", 8, false),
        new Statement("BEGIN", 4, true),
        new Statement("COMMIT", 1, true),
        new Statement("ROLLBACK", 1, true)));

    assertThat(count.client()).isEqualTo(15);
    assertThat(count.nested()).isEqualTo(8);
    assertThat(count.transactions()).isEqualTo(4);
    assertThat(count.all()).isEqualTo(27);
  }
}
