package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;

import io.reviewrecovery.database.JavaMigrationBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 11 fills the timeline (V10) of the cases received before it existed, with the rules the application
 * now follows as things happen: the first outreach is the first proposal in the communication log,
 * or an earlier answer the agent recorded (the call of a phone proposal; a written proposal's answer
 * always comes after it); the end and its outcome come from the engine's history of the instance.
 *
 * <p>A database without cases is left alone: there may be no engine tables in it yet.
 */
@Component
public class CaseTimelineBackfill extends JavaMigrationBean {

  public CaseTimelineBackfill() {
    super("11", "Backfill case timelines");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet cases = statement.executeQuery("select count(*) from review_case")) {
        cases.next();
        if (cases.getLong(1) == 0) {
          return;
        }
      }
      statement.executeUpdate("""
          update review_case set first_outreach_at = (
              select min(sent_at) from communication
               where communication.business_key = review_case.business_key and communication.kind = 'OUTREACH')
          """);
      try (PreparedStatement answers = connection.prepareStatement("""
          update review_case set first_outreach_at = (
              select min(end_time_) from act_hi_taskinst
               where proc_inst_id_ = review_case.process_instance_id and task_def_key_ = ?
                 and delete_reason_ = 'completed')
           where exists (
              select 1 from act_hi_taskinst
               where proc_inst_id_ = review_case.process_instance_id and task_def_key_ = ?
                 and delete_reason_ = 'completed'
                 and (review_case.first_outreach_at is null or end_time_ < review_case.first_outreach_at))
          """)) {
        answers.setString(1, TASK_RECORD_CUSTOMER_ANSWER);
        answers.setString(2, TASK_RECORD_CUSTOMER_ANSWER);
        answers.executeUpdate();
      }
      try (ResultSet ended = statement.executeQuery("""
              select review_case.business_key, act_hi_procinst.end_time_, act_hi_procinst.end_act_id_
                from review_case join act_hi_procinst on act_hi_procinst.proc_inst_id_ = review_case.process_instance_id
               where act_hi_procinst.end_time_ is not null
              """);
          PreparedStatement end = connection.prepareStatement(
              "update review_case set ended_at = ?, outcome = ? where business_key = ?")) {
        while (ended.next()) {
          end.setTimestamp(1, ended.getTimestamp("end_time_"));
          end.setString(2, CaseOutcome.ofEndEvent(ended.getString("end_act_id_")).map(Enum::name).orElse(null));
          end.setString(3, ended.getString("business_key"));
          end.addBatch();
        }
        end.executeBatch();
      }
    }
  }
}
