package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.Subject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The harness's view of an application's database, as the superuser (never counted with the
 * application's statements): what is open, whether the work after the save points is done, and
 * how many bytes each table holds. It reads only; everything the benchmark creates goes through
 * the applications.
 */
public final class AppDatabase implements AutoCloseable {

  private static final Duration DRAIN_LIMIT = Duration.ofMinutes(30);

  private final String name;
  private final Connection connection;

  public AppDatabase(BenchPostgres postgres, Subject.Database database) {
    this.name = database.name();
    try {
      this.connection = postgres.observe(database.name());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look into database " + database.name(), e);
    }
  }

  public String name() {
    return name;
  }

  /** Async continuations still to run (timers, waiting for their time, are not work in flight). */
  public long pendingContinuations() {
    return number("select count(*) from act_ru_job where type_ = 'message' and retries_ > 0");
  }

  /**
   * Waits until the job executor ran every async continuation, and returns how long that took.
   * Fails at once when a job failed (a benchmark run has no failures to retry), or after half an hour.
   */
  public Duration awaitDrained() {
    long started = System.nanoTime();
    while (true) {
      List<String> failures = new ArrayList<>();
      query("select exception_msg_ from act_ru_job where exception_msg_ is not null", rs -> failures.add(rs.getString(1)));
      if (!failures.isEmpty()) {
        throw new IllegalStateException(failures.size() + " failed jobs in " + name + ", e.g. " + failures.get(0));
      }
      if (System.nanoTime() - started > DRAIN_LIMIT.toNanos()) {
        throw new IllegalStateException("The job executor did not catch up within " + DRAIN_LIMIT + " in " + name);
      }
      if (pendingContinuations() == 0) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      AppProcess.pause(Duration.ofMillis(100));
    }
  }

  /** Unclaimed tasks by candidate group: what each team's queue holds. */
  public Map<String, Long> queues() {
    Map<String, Long> queues = new TreeMap<>();
    query("""
        select link.group_id_, count(*) from act_ru_task task
          join act_ru_identitylink link on link.task_id_ = task.id_ and link.type_ = 'candidate'
         where task.assignee_ is null and link.group_id_ is not null
         group by link.group_id_""", rs -> queues.put(rs.getString(1), rs.getLong(2)));
    return queues;
  }

  public long openInstances() {
    return number("select count(*) from act_ru_execution where parent_id_ is null");
  }

  public long endedInstances() {
    return number("select count(*) from act_hi_procinst where end_time_ is not null");
  }

  /** The open tasks of this kind in the cases whose business key starts so. */
  public List<String> taskIds(String taskKey, String businessKeyPrefix) {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        select task.id_ from act_ru_task task join act_ru_execution instance on instance.id_ = task.proc_inst_id_
         where task.task_def_key_ = ? and instance.business_key_ like ?""")) {
      statement.setString(1, taskKey);
      statement.setString(2, businessKeyPrefix + "%");
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The size of the whole database on disk ({@code pg_database_size}). */
  public long databaseBytes() {
    return number("select pg_database_size(current_database())");
  }

  /**
   * Every table's live rows: their count, the bytes of their values ({@code pg_column_size} of each
   * row, summed: what the rows hold, as stored, compressed values compressed) and the table's size
   * on disk with its indexes and TOAST ({@code pg_total_relation_size}).
   */
  public Map<String, TableBytes> tableBytes() {
    List<String> tables = new ArrayList<>();
    query("select tablename from pg_tables where schemaname = 'public' order by tablename", rs -> tables.add(rs.getString(1)));
    Map<String, TableBytes> sizes = new LinkedHashMap<>();
    for (String table : tables) {
      String quoted = "public.\"" + table.replace("\"", "\"\"") + "\"";
      query("select count(*), coalesce(sum(pg_column_size(t.*)), 0), pg_total_relation_size('" + quoted.replace("'", "''")
          + "') from " + quoted + " t", rs -> sizes.put(table, new TableBytes(rs.getLong(1), rs.getLong(2), rs.getLong(3))));
    }
    return sizes;
  }

  public record TableBytes(long rows, long columnBytes, long diskBytes) {
    public TableBytes minus(TableBytes before) {
      return before == null ? this
          : new TableBytes(rows - before.rows, columnBytes - before.columnBytes, diskBytes - before.diskBytes);
    }
  }

  private long number(String sql) {
    long[] value = new long[1];
    query(sql, rs -> value[0] = rs.getLong(1));
    return value[0];
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Row row) {
    try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        row.read(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot ask " + name + ": " + sql, e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
