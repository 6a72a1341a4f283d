package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.EngineRest;
import io.reviewrecovery.bench.subjects.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application under test in a JVM of its own: {@code java <flags> -jar <jar>}, on a free port
 * and its database. Measures the time from starting the JVM to the first HTTP answer of any kind
 * (the web server is up only once Spring and the engine started), and reads its resident memory.
 */
public final class AppProcess implements AutoCloseable {

  private static final Duration START_UP_LIMIT = Duration.ofMinutes(5);

  private final Subject subject;
  private final Process process;
  private final Path log;
  private final EngineRest rest;
  private final String baseUrl;
  private Duration startUp;

  private AppProcess(Subject subject, Process process, Path log, String baseUrl) {
    this.subject = subject;
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
    this.rest = new EngineRest(baseUrl);
  }

  /** Starts the application and waits until it is ready to take reviews. */
  public static AppProcess start(Subject subject, Path jar, List<String> jvmFlags, Subject.Database database,
      Path workDirectory, Path log) {
    try {
      Files.createDirectories(workDirectory);
      int port = freePort();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmFlags);
      command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
      command.addAll(subject.arguments(port, database));
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(subject.environment(database));
      long started = System.nanoTime();
      AppProcess app = new AppProcess(subject, builder.start(), log, "http://localhost:" + port);
      app.awaitFirstAnswer(started);
      app.awaitReady();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + subject.id(), e);
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public EngineRest rest() {
    return rest;
  }

  /** From starting the JVM to the first HTTP answer. */
  public Duration startUp() {
    return startUp;
  }

  /** The resident set size now ({@code VmRSS} of {@code /proc/<pid>/status}), in KiB. */
  public long residentKiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      throw new IllegalStateException("No VmRSS for process " + process.pid());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the memory of process " + process.pid(), e);
    }
  }

  private void awaitFirstAnswer(long startedNanos) {
    long deadline = startedNanos + START_UP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      try {
        rest.get("admin", "/engine-rest/engine");
        startUp = Duration.ofNanos(System.nanoTime() - startedNanos);
        return;
      } catch (IOException notListeningYet) {
        pause(Duration.ofMillis(50));
      }
    }
    throw new IllegalStateException(subject.id() + " did not answer within " + START_UP_LIMIT + "; see " + log);
  }

  private void awaitReady() {
    Subject.ReadyCheck check = subject.readyCheck();
    long deadline = System.nanoTime() + START_UP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      try {
        if (rest.get(check.user(), check.path()).status() == check.status()) {
          return;
        }
      } catch (IOException notYet) {
        // answered once already: a slow answer, try again
      }
      pause(Duration.ofMillis(200));
    }
    throw new IllegalStateException(subject.id() + " answered but was not ready within " + START_UP_LIMIT + "; see " + log);
  }

  private void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(subject.id() + " stopped with exit code " + process.exitValue() + "; see " + log);
    }
  }

  /** Stops the application as an operator would (SIGTERM, Spring's graceful shutdown). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
