package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_APPROVE_ACKNOWLEDGEMENT;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_ASSESS_TERMS;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_IMPLEMENT_REMEDY;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_PREPARE_OUTREACH;
import static io.reviewrecovery.process.ReviewVariables.FIRST_OUTREACH_AT;
import static io.reviewrecovery.process.ReviewVariables.REVIEWER_VERIFIED;
import static io.reviewrecovery.process.ReviewVariables.VERIFICATION_FINDING;

import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.process.ProcessVariable;
import io.reviewrecovery.process.ResponseTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Assembles a case's file from the case register and its timeline, the engine's history and open
 * tasks, and the communication log.
 */
@Service
public class CaseFiles {

  private final ReviewCases cases;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final CommunicationLog communicationLog;
  private final CaseTimelines timelines;
  private final OverdueCases overdueCases;

  public CaseFiles(ReviewCases cases, HistoryService historyService, RuntimeService runtimeService,
      RepositoryService repositoryService, CommunicationLog communicationLog, CaseTimelines timelines,
      OverdueCases overdueCases) {
    this.cases = cases;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.communicationLog = communicationLog;
    this.timelines = timelines;
    this.overdueCases = overdueCases;
  }

  /** The case's file; empty for an unknown review, or once history cleanup removed the case's history. */
  public Optional<CaseFile> find(String businessKey) {
    return cases.find(businessKey).flatMap(this::file);
  }

  private Optional<CaseFile> file(ReviewCase reviewCase) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(reviewCase.processInstanceId()).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    boolean open = instance.getEndTime() == null;
    CaseTimeline timeline = timelines.find(reviewCase.businessKey()).orElseThrow();
    // The timeline keeps the outcome: an end event inside an event subprocess is not the instance's end activity.
    Optional<CaseOutcome> outcome = open ? Optional.empty() : Optional.ofNullable(timeline.outcome());
    String status = open ? "OPEN" : outcome.isPresent() ? "ENDED" : "CANCELLED";
    List<CaseFile.Step> steps = open ? currentSteps(instance) : List.of();
    Map<String, Object> variables = variables(reviewCase.processInstanceId());
    List<Communication> communications = communicationLog.forCase(reviewCase.businessKey());
    Instant replyPostedAt = communications.stream().filter(sent -> sent.kind() == CommunicationKind.PUBLIC_REPLY)
        .map(Communication::sentAt).findFirst().orElse(null);
    Map<String, Instant> stepsDone = latestCompletions(reviewCase.processInstanceId());
    CaseFile.ResponseTargets targets = new CaseFile.ResponseTargets(
        target(ResponseTarget.ASSESSMENT, variables, stepsDone.get(TASK_ASSESS_TERMS)),
        target(ResponseTarget.ACKNOWLEDGEMENT, variables, stepsDone.get(TASK_APPROVE_ACKNOWLEDGEMENT)),
        target(ResponseTarget.FIRST_OUTREACH, variables, instant(FIRST_OUTREACH_AT, variables)),
        target(ResponseTarget.PROPOSAL, variables, stepsDone.get(TASK_PREPARE_OUTREACH)),
        target(ResponseTarget.REMEDY, variables, stepsDone.get(TASK_IMPLEMENT_REMEDY)),
        target(ResponseTarget.PUBLIC_REPLY, variables, replyPostedAt));
    return Optional.of(new CaseFile(reviewCase.businessKey(), reviewCase.platform(), reviewCase.platformReviewId(),
        reviewCase.processInstanceId(), reviewCase.receivedAt(), status, steps, outcome.orElse(null),
        timeline.timeToFirstOutreach(), timeline.timeToOutcome(), open && overdueCases.isOverdue(instance.getId()),
        new CaseFile.Verification(REVIEWER_VERIFIED.from(variables), VERIFICATION_FINDING.from(variables)),
        targets, communications));
  }

  /** The target's state; {@code null} before the case reached it. */
  private static CaseFile.Target target(ResponseTarget target, Map<String, Object> variables, Instant metAt) {
    Instant dueAt = instant(target.dueAt(), variables);
    if (dueAt == null) {
      return null;
    }
    Instant escalatedAt = instant(target.escalatedAt(), variables);
    String lateBy = null;
    if (escalatedAt != null) {
      Duration late = Duration.between(dueAt, metAt != null ? metAt : ClockUtil.getCurrentTime().toInstant());
      lateBy = late.isNegative() ? null : late.truncatedTo(ChronoUnit.MINUTES).toString();
    }
    return new CaseFile.Target(dueAt, metAt, escalatedAt, lateBy);
  }

  /**
   * When the latest instance of each step that meets a target was completed, by task key; a step
   * whose latest instance is still open (a new proposal being prepared) is missing.
   */
  private Map<String, Instant> latestCompletions(String processInstanceId) {
    Map<String, HistoricTaskInstance> latest = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(TASK_ASSESS_TERMS, TASK_APPROVE_ACKNOWLEDGEMENT, TASK_PREPARE_OUTREACH, TASK_IMPLEMENT_REMEDY)
        .list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getTaskDefinitionKey, task -> task,
            (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b));
    Map<String, Instant> completions = new HashMap<>();
    latest.forEach((key, task) -> {
      if (task.getEndTime() != null) {
        completions.put(key, task.getEndTime().toInstant());
      }
    });
    return completions;
  }

  private static Instant instant(ProcessVariable<Date> variable, Map<String, Object> variables) {
    Date date = variable.from(variables);
    return date == null ? null : date.toInstant();
  }

  private List<CaseFile.Step> currentSteps(HistoricProcessInstance instance) {
    var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
    return runtimeService.getActiveActivityIds(instance.getId()).stream()
        .distinct()
        .map(id -> new CaseFile.Step(id, Optional.ofNullable(model.<FlowElement>getModelElementById(id))
            .map(FlowElement::getName).orElse(id)))
        .toList();
  }

  /** The case-wide variables the file shows, by name; unset ones are missing. */
  private Map<String, Object> variables(String processInstanceId) {
    String[] names = Stream.concat(
            Stream.<ProcessVariable<?>>of(REVIEWER_VERIFIED, VERIFICATION_FINDING, FIRST_OUTREACH_AT),
            Stream.of(ResponseTarget.values()).flatMap(target -> Stream.<ProcessVariable<?>>of(target.dueAt(), target.escalatedAt())))
        .map(ProcessVariable::name).toArray(String[]::new);
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableNameIn(names)
        .list().stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
  }
}
