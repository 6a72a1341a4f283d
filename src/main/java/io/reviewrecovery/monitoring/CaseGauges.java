package io.reviewrecovery.monitoring;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.reviewrecovery.cases.CaseTimelines;
import io.reviewrecovery.cases.OutcomeTally;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case figures as gauges, for every node the same (they come from the database):
 *
 * <ul>
 *   <li>{@value #OPEN_INCIDENTS}: incidents waiting for an operator (a job out of retries);</li>
 *   <li>{@value #OVERDUE_TASKS}, by {@code team}: the team's open tasks past their due date,
 *       assigned or not;</li>
 *   <li>{@value #OLDEST_UNASSIGNED_TASK_AGE} (seconds), by {@code team}: how long the oldest task
 *       nobody of the team has taken has waited; 0 when there is none;</li>
 *   <li>{@value #CASES_BY_OUTCOME}, by {@code outcome}: every case received, by where it stands
 *       (open, each outcome, cancelled).</li>
 * </ul>
 *
 * <p>A scrape must not load the database however many cases are open: the figures are a handful of
 * counts on indexed columns (incidents, a team's tasks by due date, its oldest unassigned task by
 * creation time) and one grouped count of the case register, taken together at most once per
 * {@code review-recovery.monitoring.figures-max-age}; scrapes in between get the same figures.
 */
@Component
public class CaseGauges implements MeterBinder {

  public static final String OPEN_INCIDENTS = "reviewrecovery.incidents.open";
  public static final String OVERDUE_TASKS = "reviewrecovery.tasks.overdue";
  public static final String OLDEST_UNASSIGNED_TASK_AGE = "reviewrecovery.tasks.unassigned.oldest.age";
  public static final String CASES_BY_OUTCOME = "reviewrecovery.cases.by.outcome";

  private static final List<String> TEAMS = List.of(GROUP_SUPPORT, GROUP_REPUTATION);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CaseTimelines timelines;
  private final long maxAgeNanos;

  private Figures figures;
  private long takenAtNanos;

  public CaseGauges(RuntimeService runtimeService, TaskService taskService, CaseTimelines timelines,
      MonitoringProperties properties) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.timelines = timelines;
    this.maxAgeNanos = properties.figuresMaxAge().toNanos();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, OPEN_INCIDENTS, "Incidents waiting for an operator", null, null, Figures::openIncidents);
    for (String team : TEAMS) {
      gauge(registry, OVERDUE_TASKS, "Open tasks past their due date", "team", team,
          figures -> figures.overdueTasks().get(team));
      Gauge.builder(OLDEST_UNASSIGNED_TASK_AGE, this, gauges -> gauges.current().oldestUnassignedSeconds().get(team))
          .description("How long the team's oldest unassigned task has waited").baseUnit("seconds")
          .tag("team", team).register(registry);
    }
    Map<String, ToDoubleFunction<OutcomeTally>> outcomes = new LinkedHashMap<>();
    outcomes.put("open", OutcomeTally::open);
    outcomes.put("review_removed_by_platform", OutcomeTally::removedByPlatform);
    outcomes.put("review_removed_by_reviewer", OutcomeTally::removedByReviewer);
    outcomes.put("review_updated", OutcomeTally::reviewUpdated);
    outcomes.put("public_reply_posted", OutcomeTally::publicReplyPosted);
    outcomes.put("cancelled", OutcomeTally::cancelled);
    outcomes.forEach((outcome, count) -> gauge(registry, CASES_BY_OUTCOME, "Cases received, by where they stand",
        "outcome", outcome, figures -> count.applyAsDouble(figures.cases())));
  }

  private void gauge(MeterRegistry registry, String name, String description, String tag, String value,
      ToDoubleFunction<Figures> figure) {
    Gauge.Builder<CaseGauges> gauge = Gauge.builder(name, this, gauges -> figure.applyAsDouble(gauges.current()))
        .description(description);
    if (tag != null) {
      gauge.tag(tag, value);
    }
    gauge.register(registry);
  }

  /** The figures, taken anew when they are older than the configured age. */
  synchronized Figures current() {
    long now = System.nanoTime();
    if (figures == null || now - takenAtNanos >= maxAgeNanos) {
      figures = take();
      takenAtNanos = now;
    }
    return figures;
  }

  private Figures take() {
    long now = ClockUtil.getCurrentTime().getTime();
    Map<String, Long> overdue = new LinkedHashMap<>();
    Map<String, Double> oldestUnassigned = new LinkedHashMap<>();
    for (String team : TEAMS) {
      overdue.put(team, taskService.createTaskQuery().taskCandidateGroup(team).includeAssignedTasks()
          .dueBefore(ClockUtil.getCurrentTime()).count());
      List<Task> oldest = taskService.createTaskQuery().taskCandidateGroup(team).taskUnassigned()
          .orderByTaskCreateTime().asc().listPage(0, 1);
      oldestUnassigned.put(team, oldest.isEmpty() ? 0.0 : (now - oldest.get(0).getCreateTime().getTime()) / 1000.0);
    }
    return new Figures(runtimeService.createIncidentQuery().count(), overdue, oldestUnassigned, timelines.tally());
  }

  /** The case figures at one moment. */
  record Figures(long openIncidents, Map<String, Long> overdueTasks, Map<String, Double> oldestUnassignedSeconds,
      OutcomeTally cases) {
  }
}
