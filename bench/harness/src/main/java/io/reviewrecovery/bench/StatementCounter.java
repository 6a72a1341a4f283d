package io.reviewrecovery.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Counts the SQL statements an application sends, from {@code pg_stat_statements} (which the
 * benchmark's PostgreSQL loads): everything its role ran in its database since the last reset,
 * the statements the client sent (top level) apart from those PostgreSQL ran inside them
 * (nested: the foreign-key checks of the triggers), and the transactions, as the BEGINs the
 * driver sent. Not the COMMITs: the PostgreSQL driver sends those through a prepared statement
 * that pg_stat_statements counts only once.
 */
public final class StatementCounter {

  private final BenchPostgres postgres;

  public StatementCounter(BenchPostgres postgres) {
    this.postgres = postgres;
  }

  /** One normalized statement ({@code $1} for literals) and how often it ran. */
  public record Statement(String query, long calls, boolean topLevel) {

    /** BEGIN, COMMIT, ROLLBACK: transaction control, counted apart. */
    public boolean transactionControl() {
      String q = query.strip().toUpperCase(Locale.ROOT);
      return q.equals("BEGIN") || q.equals("COMMIT") || q.equals("ROLLBACK");
    }

    public boolean begin() {
      return query.strip().equalsIgnoreCase("BEGIN");
    }
  }

  /** What was counted, in total. */
  public record Count(List<Statement> statements) {

    public long client() {
      return statements.stream().filter(s -> s.topLevel() && !s.transactionControl()).mapToLong(Statement::calls).sum();
    }

    public long nested() {
      return statements.stream().filter(s -> !s.topLevel()).mapToLong(Statement::calls).sum();
    }

    /** Transactions that ran a statement: each starts with the BEGIN the driver sends. */
    public long transactions() {
      return statements.stream().filter(Statement::begin).mapToLong(Statement::calls).sum();
    }

    /** What the server ran: the client's statements, the nested ones, and one BEGIN per transaction. */
    public long all() {
      return client() + nested() + transactions();
    }
  }

  public void reset() {
    try (Connection c = postgres.observe("postgres"); var s = c.createStatement()) {
      s.execute("select pg_stat_statements_reset()");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset pg_stat_statements", e);
    }
  }

  /** The application's statements in the database since the last {@link #reset()}, most frequent first. */
  public Count count(String database) {
    List<Statement> statements = new ArrayList<>();
    try (Connection c = postgres.observe("postgres"); PreparedStatement s = c.prepareStatement("""
        select s.query, s.calls, s.toplevel from pg_stat_statements s
          join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
         where d.datname = ? and r.rolname = ?""")) {
      s.setString(1, database);
      s.setString(2, BenchPostgres.APP_ROLE);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          statements.add(new Statement(rs.getString(1), rs.getLong(2), rs.getBoolean(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read pg_stat_statements", e);
    }
    statements.sort(Comparator.comparingLong(Statement::calls).reversed().thenComparing(Statement::query));
    return new Count(List.copyOf(statements));
  }
}
