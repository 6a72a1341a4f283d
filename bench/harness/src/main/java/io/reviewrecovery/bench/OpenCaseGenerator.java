package io.reviewrecovery.bench;

import io.reviewrecovery.bench.subjects.CaseStep;
import io.reviewrecovery.bench.subjects.CaseValues;
import io.reviewrecovery.bench.subjects.EngineRest;
import io.reviewrecovery.bench.subjects.Subject;
import io.reviewrecovery.bench.subjects.Template;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates open cases through the application, as production would: reviews through its intake
 * (ours: the case API; the baseline: the engine's REST process start), the job executor running
 * the work after the save point, and, for the support queue, the reputation team completing the
 * assessment over the engine's REST API. Nothing is written to the database directly; the
 * database is only read to see what is open. Several clients send at once.
 */
public final class OpenCaseGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(OpenCaseGenerator.class);
  private static final int ATTEMPTS = 3;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

  private final Subject subject;
  private final EngineRest rest;
  private final AppDatabase database;
  private final String runId;

  public OpenCaseGenerator(Subject subject, EngineRest rest, AppDatabase database, String runId) {
    this.subject = subject;
    this.rest = rest;
    this.database = database;
    this.runId = runId;
  }

  /** How the queues were filled up to the target, and how long it took. */
  public record Generation(int openCases, long created, long movedToSupport, Duration took) {
    public double casesPerSecond() {
      return took.isZero() ? 0 : created / (took.toMillis() / 1000.0);
    }
  }

  /** How many cases each queue needs for {@code openCases} open cases, {@code supportShare} of them in support's. */
  static Map<String, Long> targets(int openCases, double supportShare) {
    long support = Math.round(openCases * supportShare);
    return Map.of("support", support, "reputation", openCases - support);
  }

  /**
   * Fills the team queues up to {@code openCases} unclaimed tasks in all, {@code supportShare} of
   * them support's and the rest reputation's, counting what is open already.
   */
  public Generation topUp(int openCases, double supportShare, int clients) {
    long started = System.nanoTime();
    Map<String, Long> open = database.queues();
    Map<String, Long> targets = targets(openCases, supportShare);
    long support = Math.max(0, targets.get("support") - open.getOrDefault("support", 0L));
    long reputation = Math.max(0, targets.get("reputation") - open.getOrDefault("reputation", 0L));
    String prefix = runId + "-open";
    if (subject.teamChosenAtIntake()) {
      intake((int) support, "support", prefix + "-s", clients);
      intake((int) reputation, "reputation", prefix + "-r", clients);
    } else {
      intake((int) (support + reputation), "reputation", prefix + "-r", clients);
    }
    database.awaitDrained();
    if (!subject.teamChosenAtIntake() && support > 0) {
      moveToSupport(database.taskIds(subject.firstTaskKey(), "google:" + prefix + "-r").subList(0, (int) support), clients);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Map<String, Long> now = database.queues();
    if (now.getOrDefault("support", 0L) < targets.get("support") || now.getOrDefault("reputation", 0L) < targets.get("reputation")) {
      throw new IllegalStateException("Queues after generating: " + now + ", expected at least " + targets);
    }
    LOG.info("{}: {} open cases ({}), {} created in {} s", subject.id(), openCases, now, support + reputation, took.toSeconds());
    return new Generation(openCases, support + reputation, subject.teamChosenAtIntake() ? 0 : support, took);
  }

  /**
   * Sends {@code count} new reviews, ids {@code <prefix>-<n>}, from {@code clients} clients, and
   * returns how long sending took (the work after the save point may still be running).
   */
  public Duration intake(int count, String team, String prefix, int clients) {
    Template body = subject.intakeBody();
    return inParallel("intake", count, clients, n -> {
      String json = body.fill(CaseValues.of(prefix + "-" + n, team));
      return () -> rest.post(Subject.INTAKE_USER, subject.intakePath(), json);
    });
  }

  /** The reputation team assesses the cases as not violating the terms: they go to support's queue. */
  private void moveToSupport(List<String> assessmentTaskIds, int clients) {
    CaseStep assessment = subject.wholeCase().get(0);
    String submission = assessment.submission().fill(CaseValues.of("generated", "support"));
    inParallel("assessment", assessmentTaskIds.size(), clients, n -> () -> rest.post(assessment.user(),
        "/engine-rest/task/" + assessmentTaskIds.get(n) + "/submit-form", submission));
  }

  private interface Call {
    EngineRest.Answer send() throws IOException;
  }

  private Duration inParallel(String what, int count, int clients, IntFunction<Call> calls) {
    long started = System.nanoTime();
    if (count <= 0) {
      return Duration.ZERO;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> workers = IntStream.range(0, clients).<Future<?>>mapToObj(w -> pool.submit(() -> {
        for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
          send(what, calls.apply(n));
          done.incrementAndGet();
        }
        return null;
      })).toList();
      long lastProgress = System.nanoTime();
      for (Future<?> worker : workers) {
        while (true) {
          try {
            worker.get(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            break;
          } catch (TimeoutException stillRunning) {
            if (System.nanoTime() - lastProgress >= PROGRESS_EVERY.toNanos()) {
              double seconds = (System.nanoTime() - started) / 1e9;
              LOG.info("{} {}: {} of {} sent, {}/s, {} continuations pending", subject.id(), what, done.get(), count,
                  Math.round(done.get() / seconds), database.pendingContinuations());
              lastProgress = System.nanoTime();
            }
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(subject.id() + " " + what + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** A refused call fails the generation; a lost connection or a server error is tried again. */
  private void send(String what, Call call) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        EngineRest.Answer answer = call.send();
        if (answer.ok()) {
          return;
        }
        if (answer.status() < 500 || attempt == ATTEMPTS) {
          throw new IllegalStateException(subject.id() + " refused the " + what + ": " + answer);
        }
        LOG.warn("{} {} answered {}; trying again", subject.id(), what, answer.status());
      } catch (IOException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.warn("{} {} failed ({}); trying again", subject.id(), what, e.getMessage());
      }
    }
  }
}
