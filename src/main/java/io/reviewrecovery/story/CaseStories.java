package io.reviewrecovery.story;

import static io.reviewrecovery.process.ReviewVariables.PLATFORM;
import static io.reviewrecovery.process.ReviewVariables.PLATFORM_REVIEW_ID;
import static io.reviewrecovery.process.ReviewVariables.REVIEWER_NAME;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_PUBLISHED_AT;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_RATING;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_TEXT;
import static io.reviewrecovery.process.ReviewVariables.REVIEW_URL;

import io.reviewrecovery.cases.CaseFile;
import io.reviewrecovery.cases.CaseFiles;
import io.reviewrecovery.cases.CaseSearch;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.process.ProcessVariable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/**
 * Tells a case's story ({@link CaseStory}) from its case file ({@link CaseFiles}) and the engine's
 * full history: the tasks with their claims (identity link log), completions (user operation log)
 * and the values each recorded (variable updates of the task's activity instance), the activities
 * passed, the incidents, the operators' changes with the variables they set; and the guard's
 * refusals. One case's story reads a bounded number of rows, all by the process instance id, which
 * the engine's history tables index; finding cases is a question for the case register.
 *
 * <p>The engine checks every history query against the caller's authorizations when a user is
 * logged in: an auditor needs {@code READ_HISTORY} on the process definition.
 */
@Service
public class CaseStories {

  private static final Set<String> NOT_EVENTS = Set.of("userTask", "exclusiveGateway", "parallelGateway",
      "inclusiveGateway", "eventBasedGateway", "subProcess", "multiInstanceBody", "callActivity");
  private static final String COMPLETED = "completed";

  private final ReviewCases cases;
  private final CaseFiles caseFiles;
  private final HistoryService historyService;
  private final GuardRefusals refusals;

  public CaseStories(ReviewCases cases, CaseFiles caseFiles, HistoryService historyService, GuardRefusals refusals) {
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.historyService = historyService;
    this.refusals = refusals;
  }

  public CaseSearch.Page search(CaseSearch search) {
    return cases.search(search);
  }

  /** The case's story; empty for an unknown review, or once retention removed the case. */
  public Optional<CaseStory> find(String businessKey) {
    return caseFiles.find(businessKey).flatMap(this::story);
  }

  private Optional<CaseStory> story(CaseFile file) {
    String instanceId = file.processInstanceId();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    List<HistoricVariableUpdate> updates = historyService.createHistoricDetailQuery()
        .processInstanceId(instanceId).variableUpdates().disableBinaryFetching().orderPartiallyByOccurrence().asc()
        .list().stream().map(HistoricVariableUpdate.class::cast).toList();
    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery()
        .processInstanceId(instanceId).orderByTimestamp().asc().list();
    return Optional.of(new CaseStory(file, instance.getProcessDefinitionId(), instant(instance.getEndTime()),
        review(instanceId), activities.stream().map(HistoricActivityInstance::getActivityId).distinct().toList(),
        steps(instanceId, activities, updates, log), events(activities), incidents(instanceId),
        refusals.forCase(file.businessKey()), operations(log, updates)));
  }

  private CaseStory.Review review(String instanceId) {
    List<ProcessVariable<?>> fields = List.of(PLATFORM, PLATFORM_REVIEW_ID, REVIEW_RATING, REVIEW_TEXT, REVIEWER_NAME,
        REVIEW_URL, REVIEW_PUBLISHED_AT);
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableNameIn(fields.stream().map(ProcessVariable::name).toArray(String[]::new)).list().stream()
        .filter(variable -> variable.getValue() != null)
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    return new CaseStory.Review(PLATFORM.from(variables), PLATFORM_REVIEW_ID.from(variables),
        REVIEW_RATING.from(variables), REVIEW_TEXT.from(variables), REVIEWER_NAME.from(variables),
        REVIEW_URL.from(variables), instant(REVIEW_PUBLISHED_AT.from(variables)));
  }

  private List<CaseStory.Step> steps(String instanceId, List<HistoricActivityInstance> activities,
      List<HistoricVariableUpdate> updates, List<UserOperationLogEntry> log) {
    // The step as the diagram names it: a task's own name also quotes the review.
    Map<String, String> stepNames = activities.stream().filter(activity -> activity.getActivityName() != null)
        .collect(Collectors.toMap(HistoricActivityInstance::getId, HistoricActivityInstance::getActivityName));
    Map<String, String> completedBy = log.stream()
        .filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()))
        .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
        .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId, (a, b) -> a));
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
        .orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .map(task -> step(task, stepNames.getOrDefault(task.getActivityInstanceId(), task.getName()), updates, completedBy))
        .toList();
  }

  private CaseStory.Step step(HistoricTaskInstance task, String name, List<HistoricVariableUpdate> updates,
      Map<String, String> completedBy) {
    List<CaseStory.Claim> claims = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.ASSIGNEE).operationType("add").orderByTime().asc().list().stream()
        .map(link -> new CaseStory.Claim(link.getUserId(), instant(link.getTime()),
            Objects.equals(link.getAssignerId(), link.getUserId()) ? null : link.getAssignerId()))
        .toList();
    boolean completed = COMPLETED.equals(task.getDeleteReason());
    String completer = completed ? completedBy.getOrDefault(task.getId(), task.getAssignee()) : null;
    // The values the step recorded: what was submitted, and what its listeners derived from it.
    Map<String, CaseStory.Value> recorded = new LinkedHashMap<>();
    updates.stream()
        .filter(update -> task.getActivityInstanceId() != null && task.getActivityInstanceId().equals(update.getActivityInstanceId()))
        .forEach(update -> recorded.put(update.getVariableName(), value(update)));
    return new CaseStory.Step(task.getId(), task.getTaskDefinitionKey(), name, instant(task.getStartTime()),
        instant(task.getDueDate()), claims, completer, instant(task.getEndTime()), task.getDeleteReason(),
        List.copyOf(recorded.values()));
  }

  private static List<CaseStory.Event> events(List<HistoricActivityInstance> activities) {
    return activities.stream()
        .filter(activity -> !NOT_EVENTS.contains(activity.getActivityType()))
        .map(activity -> new CaseStory.Event(activity.getActivityId(),
            Optional.ofNullable(activity.getActivityName()).orElse(activity.getActivityId()), activity.getActivityType(),
            instant(Optional.ofNullable(activity.getEndTime()).orElse(activity.getStartTime()))))
        .toList();
  }

  private List<CaseStory.Incident> incidents(String instanceId) {
    return historyService.createHistoricIncidentQuery().processInstanceId(instanceId).orderByCreateTime().asc().list()
        .stream()
        .map(incident -> new CaseStory.Incident(incident.getIncidentType(), incident.getActivityId(),
            incident.getIncidentMessage(), instant(incident.getCreateTime()), instant(incident.getEndTime()),
            resolution(incident)))
        .toList();
  }

  private static String resolution(HistoricIncident incident) {
    return incident.isOpen() ? "open" : incident.isResolved() ? "resolved" : "deleted";
  }

  /**
   * The user operation log, one entry per operation (the engine writes a row per property it
   * changed), with the variables an operation set from their history: the log itself names no
   * variable for {@code SetVariable}.
   */
  private static List<CaseStory.Operation> operations(List<UserOperationLogEntry> log, List<HistoricVariableUpdate> updates) {
    Map<String, List<HistoricVariableUpdate>> setBy = updates.stream().filter(update -> update.getUserOperationId() != null)
        .collect(Collectors.groupingBy(HistoricDetail::getUserOperationId));
    Map<String, List<UserOperationLogEntry>> byOperation = log.stream()
        .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
    List<CaseStory.Operation> operations = new ArrayList<>();
    byOperation.forEach((operationId, entries) -> {
      UserOperationLogEntry first = entries.get(0);
      Stream<CaseStory.Change> properties = entries.stream().filter(entry -> entry.getProperty() != null)
          .map(entry -> new CaseStory.Change(entry.getProperty(), entry.getOrgValue(), entry.getNewValue()));
      Stream<CaseStory.Change> variables = EntityTypes.VARIABLE.equals(first.getEntityType())
          ? setBy.getOrDefault(operationId, List.of()).stream()
              .map(update -> new CaseStory.Change(update.getVariableName(), null, value(update).value()))
          : Stream.empty();
      operations.add(new CaseStory.Operation(instant(first.getTimestamp()), first.getUserId(), first.getOperationType(),
          first.getEntityType(), first.getTaskId(), Stream.concat(properties, variables).toList()));
    });
    return operations;
  }

  private static CaseStory.Value value(HistoricVariableUpdate update) {
    Object value = update.getValue();
    String text = value == null ? null : value instanceof Date date ? date.toInstant().toString() : value.toString();
    return new CaseStory.Value(update.getVariableName(), text);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
