package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run does, from {@code --name=value} arguments (bench/run.sh passes its own through);
 * docs/benchmarks.md lists them. {@code --smoke} is the tiny run of the build: the baseline only,
 * seconds instead of minutes, a handful of cases.
 *
 * @param singleStart one start per round and application, on one database, for both phases (the
 *     smoke run: it saves a start; the queue figures then include the intake phase's open cases)
 * @param postgresSettings {@code --pg-<setting>=<value>}, over BenchPostgres's defaults
 */
public record BenchOptions(Path repository, Path output, List<Subject> subjects, int rounds, List<Integer> intakeClients,
    Duration intakeDuration, Duration warmUp, int statementIntakes, int wholeCaseClients, Duration wholeCaseDuration,
    List<Integer> openCases, double supportShare, Duration queueDuration, int generatorClients, boolean singleStart,
    List<String> jvmFlags, Map<String, String> postgresSettings) {

  public static final String DEFAULT_JVM_FLAGS = "-Xmx512m";

  public static BenchOptions parse(String... args) {
    Map<String, String> given = new LinkedHashMap<>();
    Map<String, String> postgres = new LinkedHashMap<>();
    boolean smoke = false;
    for (String arg : args) {
      if (arg.equals("--smoke")) {
        smoke = true;
        continue;
      }
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
      }
      String name = arg.substring(2, arg.indexOf('='));
      String value = arg.substring(arg.indexOf('=') + 1);
      if (name.startsWith("pg-")) {
        postgres.put(name.substring(3), value);
      } else {
        given.put(name, value);
      }
    }
    Map<String, String> defaults = smoke ? SMOKE : STANDARD;
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String name : given.keySet()) {
      if (!defaults.containsKey(name)) {
        throw new IllegalArgumentException("Unknown option --" + name + "; known: " + defaults.keySet());
      }
    }
    values.putAll(given);
    Path repository = Path.of(values.get("repository")).toAbsolutePath().normalize();
    String output = values.get("output");
    return new BenchOptions(repository,
        output.isEmpty() ? repository.resolve("bench/target/results").resolve(
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))) : Path.of(output).toAbsolutePath(),
        list(values.get("apps")).stream().map(Subject::byId).toList(), Integer.parseInt(values.get("rounds")),
        numbers(values.get("intake-clients")), seconds(values.get("intake-seconds")), seconds(values.get("warmup-seconds")),
        Integer.parseInt(values.get("statement-intakes")), Integer.parseInt(values.get("whole-case-clients")),
        seconds(values.get("whole-case-seconds")), numbers(values.get("open-cases")), Double.parseDouble(values.get("support-share")),
        seconds(values.get("queue-seconds")), Integer.parseInt(values.get("generator-clients")),
        Boolean.parseBoolean(values.get("single-start")), List.of(values.get("jvm").trim().split("\\s+")), Map.copyOf(postgres));
  }

  private static final Map<String, String> STANDARD = Map.ofEntries(
      Map.entry("repository", "."),
      Map.entry("output", ""),
      Map.entry("apps", "ours,bare"),
      Map.entry("rounds", "2"),
      Map.entry("intake-clients", "1,4,16"),
      Map.entry("intake-seconds", "30"),
      Map.entry("warmup-seconds", "20"),
      Map.entry("statement-intakes", "100"),
      Map.entry("whole-case-clients", "4"),
      Map.entry("whole-case-seconds", "30"),
      Map.entry("open-cases", "10000"),
      Map.entry("support-share", "0.5"),
      Map.entry("queue-seconds", "30"),
      Map.entry("generator-clients", "8"),
      Map.entry("single-start", "false"),
      Map.entry("jvm", DEFAULT_JVM_FLAGS));

  private static final Map<String, String> SMOKE;

  static {
    Map<String, String> smoke = new LinkedHashMap<>(STANDARD);
    smoke.putAll(Map.of("apps", "bare", "rounds", "1", "intake-clients", "1", "intake-seconds", "2", "warmup-seconds", "0",
        "statement-intakes", "5", "whole-case-clients", "1", "whole-case-seconds", "2", "open-cases", "20", "queue-seconds", "1"));
    smoke.put("generator-clients", "2");
    smoke.put("single-start", "true");
    // C1 only: the baseline starts in half the time, and a smoke run measures nothing that matters.
    smoke.put("jvm", DEFAULT_JVM_FLAGS + " -XX:TieredStopAtLevel=1");
    SMOKE = Map.copyOf(smoke);
  }

  private static List<String> list(String value) {
    return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
  }

  private static List<Integer> numbers(String value) {
    return list(value).stream().map(Integer::parseInt).filter(n -> n > 0).toList();
  }

  private static Duration seconds(String value) {
    return Duration.ofSeconds(Long.parseLong(value));
  }
}
