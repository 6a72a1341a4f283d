package io.reviewrecovery.story;

import io.reviewrecovery.input.ControlCharacters;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of the completions the task completion guard refused, for the case's story. A refused
 * completion rolls its own transaction back, so each refusal is written in a transaction of its own.
 */
@Repository
public class GuardRefusals {

  private static final int MAX_REASON = 4000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public GuardRefusals(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Records the refusal and commits it, whatever becomes of the caller's transaction. The guard's
   * sentences quote what was submitted: a control character in it is stored as its code point
   * (PostgreSQL stores no NUL at all).
   */
  public void record(GuardRefusal refusal) {
    String quoted = ControlCharacters.visible(refusal.reason());
    String reason = quoted.length() > MAX_REASON ? quoted.substring(0, MAX_REASON) : quoted;
    ownTransaction.executeWithoutResult(status -> jdbc.update("""
            insert into guard_refusal (business_key, task_definition_key, step_name, user_id, reason, refused_at)
            values (?, ?, ?, ?, ?, ?)
            """,
        refusal.businessKey(), refusal.taskDefinitionKey(), ControlCharacters.visible(refusal.stepName()),
        refusal.userId(), reason,
        Timestamp.from(refusal.refusedAt())));
  }

  public List<GuardRefusal> forCase(String businessKey) {
    return jdbc.query("""
            select business_key, task_definition_key, step_name, user_id, reason, refused_at
              from guard_refusal where business_key = ? order by refused_at, id
            """,
        (row, n) -> new GuardRefusal(row.getString("business_key"), row.getString("task_definition_key"),
            row.getString("step_name"), row.getString("user_id"), row.getString("reason"),
            row.getTimestamp("refused_at").toInstant()),
        businessKey);
  }
}
