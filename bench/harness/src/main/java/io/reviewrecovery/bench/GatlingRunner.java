package io.reviewrecovery.bench;

import io.reviewrecovery.bench.scenarios.ScenarioSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Gatling simulation in a JVM of its own (so the load generator's heap and threads are
 * not the harness's), on the harness's classpath, and returns the directory of its HTML report.
 * The JVM options are the ones Gatling's Maven plugin uses.
 */
public final class GatlingRunner {

  private static final Logger LOG = LoggerFactory.getLogger(GatlingRunner.class);

  private final Path resultsDirectory;
  private final Path logDirectory;

  public GatlingRunner(Path resultsDirectory, Path logDirectory) {
    this.resultsDirectory = resultsDirectory;
    this.logDirectory = logDirectory;
  }

  /**
   * @param label names the report's run description and the log file
   * @return the report directory (with {@code index.html}, or only {@code simulation.log} without a report)
   */
  public Path run(Class<?> simulation, ScenarioSettings settings, String label, boolean report) {
    try {
      Files.createDirectories(resultsDirectory);
      Files.createDirectories(logDirectory);
      Set<Path> before = reports();
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-XX:+HeapDumpOnOutOfMemoryError", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          // Gatling's recorder classes touch java.util.prefs; keep that out of the home directory.
          "-Djava.util.prefs.userRoot=" + logDirectory.resolve("java-prefs").toAbsolutePath()));
      settings.asSystemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
          "-s", simulation.getName(), "-rf", resultsDirectory.toAbsolutePath().toString(), "-rd", label));
      if (!report) {
        command.add("-nr");
      }
      Path log = logDirectory.resolve(label.replaceAll("[^A-Za-z0-9._-]+", "-") + ".log");
      LOG.info("Gatling {}: {} client(s), {} s", label, settings.clients(), settings.duration().toSeconds());
      Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int exit = gatling.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("Gatling " + simulation.getSimpleName() + " ended with " + exit + "; see " + log);
      }
      Set<Path> created = reports();
      created.removeAll(before);
      if (created.size() != 1) {
        throw new IllegalStateException("Expected one new report in " + resultsDirectory + ", found " + created);
      }
      return created.iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run Gatling", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while Gatling ran", e);
    }
  }

  private Set<Path> reports() throws IOException {
    try (Stream<Path> entries = Files.list(resultsDirectory)) {
      return entries.filter(Files::isDirectory).collect(Collectors.toSet());
    }
  }
}
