package io.reviewrecovery.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Migration V11 gives the cases received before the timeline existed the timeline they would have
 * had: from the communication log and the engine's history (its tables as the engine creates them).
 */
class CaseTimelineBackfillTest {

  private static final Instant RECEIVED = Instant.parse("2026-10-05T09:00:00Z");

  private final JdbcDataSource database = new JdbcDataSource();
  private final JdbcTemplate jdbc = new JdbcTemplate(database);

  @Test
  void casesFromBeforeTheTimelineGetItFromTheLogAndTheEnginesHistory() {
    database.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    migrate("10");
    new ResourceDatabasePopulator(
        new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create.history.sql")).execute(database);

    receivedCase("by-email", "p-email");
    outreach("by-email", 1, Duration.ofHours(2));
    answerRecorded("p-email", Duration.ofHours(10));

    receivedCase("phone-then-email", "p-phone");
    answerRecorded("p-phone", Duration.ofHours(5));
    outreach("phone-then-email", 2, Duration.ofHours(30));

    receivedCase("removed", "p-removed");
    instanceEnded("p-removed", "EndEvent_ReviewRemovedByPlatform", Duration.ofDays(1));

    receivedCase("cancelled", "p-cancelled");
    instanceEnded("p-cancelled", "Task_AssessTerms", Duration.ofHours(3));

    receivedCase("untouched", "p-untouched");
    migrate("11");

    CaseTimelines timelines = new CaseTimelines(jdbc);
    assertThat(timelines.find("by-email").orElseThrow().timeToFirstOutreach()).isEqualTo(Duration.ofHours(2));
    assertThat(timelines.find("phone-then-email").orElseThrow().timeToFirstOutreach())
        .as("the call came before the written second proposal").isEqualTo(Duration.ofHours(5));
    assertThat(timelines.find("removed").orElseThrow())
        .isEqualTo(new CaseTimeline(RECEIVED, null, RECEIVED.plus(1, ChronoUnit.DAYS), CaseOutcome.REVIEW_REMOVED_BY_PLATFORM));
    assertThat(timelines.find("cancelled").orElseThrow())
        .isEqualTo(new CaseTimeline(RECEIVED, null, RECEIVED.plus(3, ChronoUnit.HOURS), null));
    assertThat(timelines.find("untouched").orElseThrow()).isEqualTo(new CaseTimeline(RECEIVED, null, null, null));
  }

  @Test
  void aNewDatabaseWithoutTheEnginesTablesMigrates() {
    database.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    migrate("11");

    assertThat(jdbc.queryForObject("select count(*) from review_case", Long.class)).isZero();
  }

  private void migrate(String target) {
    Flyway.configure().dataSource(database).locations("classpath:db/migration").javaMigrations(new CaseTimelineBackfill())
        .target(target).load().migrate();
  }

  private void receivedCase(String businessKey, String processInstanceId) {
    jdbc.update("insert into review_case (business_key, platform, platform_review_id, process_instance_id, received_at) "
        + "values (?, 'google', ?, ?, ?)", businessKey, businessKey, processInstanceId, Timestamp.from(RECEIVED));
    jdbc.update("insert into act_hi_procinst (id_, proc_inst_id_, proc_def_id_, start_time_) values (?, ?, 'definition', ?)",
        processInstanceId, processInstanceId, Timestamp.from(RECEIVED));
  }

  private void outreach(String businessKey, int proposal, Duration afterReceipt) {
    jdbc.update("insert into communication (idempotency_key, business_key, kind, channel, recipient, body, sent_at) "
            + "values (?, ?, 'OUTREACH', 'EMAIL', 'jane.doe@example.com', 'We are sorry.', ?)",
        businessKey + ":OUTREACH:" + proposal, businessKey, Timestamp.from(RECEIVED.plus(afterReceipt)));
  }

  private void answerRecorded(String processInstanceId, Duration afterReceipt) {
    jdbc.update("insert into act_hi_taskinst (id_, proc_inst_id_, task_def_key_, start_time_, end_time_, delete_reason_) "
            + "values (?, ?, 'Task_RecordCustomerAnswer', ?, ?, 'completed')",
        UUID.randomUUID().toString(), processInstanceId, Timestamp.from(RECEIVED), Timestamp.from(RECEIVED.plus(afterReceipt)));
  }

  private void instanceEnded(String processInstanceId, String endActivityId, Duration afterReceipt) {
    jdbc.update("update act_hi_procinst set end_time_ = ?, end_act_id_ = ? where proc_inst_id_ = ?",
        Timestamp.from(RECEIVED.plus(afterReceipt)), endActivityId, processInstanceId);
  }
}
