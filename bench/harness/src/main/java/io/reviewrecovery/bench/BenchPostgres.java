package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.Subject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmark's PostgreSQL 15: the embedded server the application's tests use (zonky, its
 * files under the results directory), with {@code pg_stat_statements} loaded and counting nested
 * statements too (the foreign-key checks the triggers run). Every application gets a database of
 * its own, owned by the role {@code bench} the applications log in as; the harness looks on as
 * {@code postgres}, so its own queries are never counted with an application's.
 */
public final class BenchPostgres implements AutoCloseable {

  public static final String APP_ROLE = "bench";

  private final EmbeddedPostgres server;
  private final Map<String, String> settings;

  private BenchPostgres(EmbeddedPostgres server, Map<String, String> settings) {
    this.server = server;
    this.settings = settings;
  }

  /**
   * @param binaries where the PostgreSQL binaries are unpacked, once: runs can share it
   * @param data the data directory, emptied first
   * @param settings server settings over the defaults below, e.g. {@code synchronous_commit=off}
   */
  public static BenchPostgres start(Path binaries, Path data, Map<String, String> settings) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("shared_preload_libraries", "pg_stat_statements");
    config.put("pg_stat_statements.track", "all");
    config.put("pg_stat_statements.max", "10000");
    // PostgreSQL's defaults, which the embedded server changes for speed: commits wait for the disk.
    config.put("synchronous_commit", "on");
    config.put("max_connections", "100");
    config.putAll(settings);
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(binaries.toFile())
          .setDataDirectory(data)
          .setCleanDataDirectory(true)
          .setRegisterShutdownHook(true);
      config.forEach(builder::setServerConfig);
      BenchPostgres postgres = new BenchPostgres(builder.start(), Map.copyOf(config));
      postgres.admin("postgres", "create extension if not exists pg_stat_statements",
          "create role " + APP_ROLE + " login password '" + APP_ROLE + "'");
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + data, e);
    }
  }

  /** A new, empty database the applications' role owns. */
  public Subject.Database createDatabase(String name) {
    admin("postgres", "create database " + name + " owner " + APP_ROLE);
    return new Subject.Database(name, url(name), APP_ROLE, APP_ROLE);
  }

  /** A connection as the superuser, which the statement counts leave out, to the database. */
  public Connection observe(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "postgres", "postgres");
  }

  /** The server settings the harness set, e.g. "synchronous_commit=on, …". */
  public String settings() {
    return new TreeMap<>(settings).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  public String version() {
    try (Connection c = observe("postgres"); var rs = c.createStatement().executeQuery("show server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
  }

  private void admin(String database, String... statements) {
    try (Connection c = observe(database); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run " + String.join("; ", statements), e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
