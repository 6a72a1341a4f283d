package io.reviewrecovery.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reviewrecovery.review.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of every message sent to a customer and every public post. It joins the engine's
 * transaction, so an entry exists exactly when the job that sent it committed.
 *
 * <p>Every delivery passes here, so here they are counted: messages to customers in
 * {@value #MESSAGES_SENT} and {@value #MESSAGES_FAILED} (tags {@code channel} and {@code kind}), posts
 * under reviews in {@value #PUBLIC_REPLIES_POSTED} and {@value #PUBLIC_REPLIES_FAILED} (tag
 * {@code kind}: public_reply, public_acknowledgement). Sent means handed to the channel's delivery
 * (in the {@code local} profile, its outbox); a failure is one failed attempt, which the job retries.
 */
@Repository
public class CommunicationLog {

  public static final String MESSAGES_SENT = "reviewrecovery.messages.sent";
  public static final String MESSAGES_FAILED = "reviewrecovery.messages.failed";
  public static final String PUBLIC_REPLIES_POSTED = "reviewrecovery.public.replies.posted";
  public static final String PUBLIC_REPLIES_FAILED = "reviewrecovery.public.replies.failed";

  private static final String SELECT = """
      select idempotency_key, business_key, kind, channel, recipient, subject, body, sent_at
        from communication
      """;

  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;

  public CommunicationLog(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
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
    try {
      delivery.run();
    } catch (RuntimeException failed) {
      counter(entry, false).increment();
      throw failed;
    }
    counter(entry, true).increment();
    return true;
  }

  private Counter counter(Communication entry, boolean delivered) {
    String kind = entry.kind().name().toLowerCase(Locale.ROOT);
    if (entry.channel() == Channel.PLATFORM_PUBLIC) {
      return Counter.builder(delivered ? PUBLIC_REPLIES_POSTED : PUBLIC_REPLIES_FAILED)
          .description(delivered ? "Public replies posted under reviews" : "Attempts to post a public reply that failed")
          .tag("kind", kind).register(meters);
    }
    return Counter.builder(delivered ? MESSAGES_SENT : MESSAGES_FAILED)
        .description(delivered ? "Messages to customers handed to their channel" : "Attempts to send a message that failed")
        .tag("channel", entry.channel().name().toLowerCase(Locale.ROOT)).tag("kind", kind).register(meters);
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
