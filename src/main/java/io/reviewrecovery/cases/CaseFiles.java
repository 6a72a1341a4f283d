package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewVariables.REVIEWER_VERIFIED;
import static io.reviewrecovery.process.ReviewVariables.VERIFICATION_FINDING;

import io.reviewrecovery.messaging.CommunicationLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
    Optional<CaseOutcome> outcome = open ? Optional.empty() : CaseOutcome.ofEndEvent(instance.getEndActivityId());
    String status = open ? "OPEN" : outcome.isPresent() ? "ENDED" : "CANCELLED";
    List<CaseFile.Step> steps = open ? currentSteps(instance) : List.of();
    CaseTimeline timeline = timelines.find(reviewCase.businessKey()).orElseThrow();
    return Optional.of(new CaseFile(reviewCase.businessKey(), reviewCase.platform(), reviewCase.platformReviewId(),
        reviewCase.processInstanceId(), reviewCase.receivedAt(), status, steps, outcome.orElse(null),
        timeline.timeToFirstOutreach(), timeline.timeToOutcome(), open && overdueCases.isOverdue(instance.getId()),
        verification(reviewCase.processInstanceId()), communicationLog.forCase(reviewCase.businessKey())));
  }

  private List<CaseFile.Step> currentSteps(HistoricProcessInstance instance) {
    var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
    return runtimeService.getActiveActivityIds(instance.getId()).stream()
        .distinct()
        .map(id -> new CaseFile.Step(id, Optional.ofNullable(model.<FlowElement>getModelElementById(id))
            .map(FlowElement::getName).orElse(id)))
        .toList();
  }

  private CaseFile.Verification verification(String processInstanceId) {
    Map<String, Object> values = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableNameIn(REVIEWER_VERIFIED.name(), VERIFICATION_FINDING.name())
        .list().stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
    return new CaseFile.Verification((Boolean) values.get(REVIEWER_VERIFIED.name()),
        (String) values.get(VERIFICATION_FINDING.name()));
  }
}
