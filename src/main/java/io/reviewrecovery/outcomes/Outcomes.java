package io.reviewrecovery.outcomes;

import static io.reviewrecovery.process.ReviewRecoveryProcess.PROCESS_ID;

import io.reviewrecovery.cases.CaseTimelines;
import io.reviewrecovery.cases.OverdueCases;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.springframework.stereotype.Service;

/**
 * Gathers the outcome figures: sums over the cases' timelines in the database, and two questions
 * for the engine's runtime tables (overdue tasks, where open cases are), which hold only what is
 * open. Nothing walks the engine's history.
 */
@Service
public class Outcomes {

  /** How many weeks, this one included, the figures over time cover. */
  static final int WEEKS = 12;

  private final CaseTimelines timelines;
  private final OverdueCases overdueCases;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final Duration reviewRecheckAfter;

  public Outcomes(CaseTimelines timelines, OverdueCases overdueCases, RepositoryService repositoryService,
      RuntimeService runtimeService, ReviewRecoveryProperties properties) {
    this.timelines = timelines;
    this.overdueCases = overdueCases;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.reviewRecheckAfter = properties.process().waits().reviewRecheck();
  }

  public OutcomeFigures figures() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
    return new OutcomeFigures(now, timelines.tally(), timelines.medianTimeToFirstOutreach(),
        timelines.medianTimeToOutcome(), overdueCases.count(), openByStep(),
        timelines.weeksSince(today.minusWeeks(WEEKS - 1), today), reviewRecheckAfter, timelines.finalReviews());
  }

  /** Each task of the newest version of the process that open cases are at, in the model's order. */
  private List<OutcomeFigures.StepCount> openByStep() {
    return Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID)
            .latestVersion().singleResult())
        .map(definition -> repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(Task.class))
        .orElse(List.of()).stream()
        .map(task -> new OutcomeFigures.StepCount(task.getId(), task.getName(),
            runtimeService.createExecutionQuery().processDefinitionKey(PROCESS_ID).activityId(task.getId()).count()))
        .filter(step -> step.cases() > 0)
        .toList();
  }
}
