package io.reviewrecovery.messaging;

import io.reviewrecovery.review.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of every message sent to a customer and every public post. It joins the engine's
 * transaction, so an entry exists exactly when the job that sent it committed.
 */
@Repository
public class CommunicationLog {

  private static final String SELECT = """
      select idempotency_key, business_key, kind, channel, recipient, subject, body, sent_at
        from communication
      """;

  private final JdbcTemplate jdbc;

  public CommunicationLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Communication> find(String idempotencyKey) {
    return jdbc.query(SELECT + " where idempotency_key = ?", CommunicationLog::communication, idempotencyKey)
        .stream().findFirst();
  }

  public List<Communication> forCase(String businessKey) {
    return jdbc.query(SELECT + " where business_key = ? order by sent_at, id", CommunicationLog::communication, businessKey);
  }

  /**
   * Records the entry and runs the delivery, unless an entry with the same idempotency key exists:
   * then nothing is sent again. The entry is written first, so a concurrent duplicate fails on the
   * unique key before it can deliver, and a failed delivery rolls the entry back with the job.
   *
   * @return whether this call delivered
   */
  public boolean deliverOnce(Communication entry, Runnable delivery) {
    if (find(entry.idempotencyKey()).isPresent()) {
      return false;
    }
    add(entry);
    delivery.run();
    return true;
  }

  private void add(Communication entry) {
    jdbc.update("""
        insert into communication (idempotency_key, business_key, kind, channel, recipient, subject, body, sent_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        entry.idempotencyKey(), entry.businessKey(), entry.kind().name(), entry.channel().name(),
        entry.recipient(), entry.subject(), entry.body(), Timestamp.from(entry.sentAt()));
  }

  private static Communication communication(ResultSet row, int rowNumber) throws SQLException {
    return new Communication(
        row.getString("idempotency_key"),
        row.getString("business_key"),
        CommunicationKind.valueOf(row.getString("kind")),
        Channel.valueOf(row.getString("channel")),
        row.getString("recipient"),
        row.getString("subject"),
        row.getString("body"),
        row.getTimestamp("sent_at").toInstant());
  }
}
