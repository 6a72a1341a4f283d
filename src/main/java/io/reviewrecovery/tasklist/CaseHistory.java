package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.process.ProcessVariable;
import io.reviewrecovery.review.Channel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * What happened so far in a case, as a text for the forms: the steps people finished and the
 * messages sent, oldest first (from the engine's history and the communication log), then the
 * answers on record for the current proposal. The engine keeps at most {@link #MAX_LENGTH}
 * characters of a text variable: a longer history (long notes) is cut there, and the case API
 * has it all.
 */
@Component
public class CaseHistory {

  static final int MAX_LENGTH = 4000;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  /** The answers on record, with what each is called on the forms. */
  private static final Map<ProcessVariable<?>, String> ANSWERS = answers();

  private final CommunicationLog communicationLog;

  public CaseHistory(CommunicationLog communicationLog) {
    this.communicationLog = communicationLog;
  }

  /** The history of the task's case as it stands when the task is created. */
  public String of(DelegateTask task) {
    List<Event> events = new ArrayList<>();
    for (HistoricTaskInstance earlier : task.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId()).list()) {
      if (earlier.getEndTime() != null) {
        events.add(new Event(earlier.getEndTime().toInstant(),
            ended(task, earlier.getTaskDefinitionKey(), earlier.getAssignee(), earlier.getDeleteReason())));
      } else if (!earlier.getId().equals(task.getId())) {
        endedInThisTransaction(earlier.getId()).ifPresent(ended -> events.add(new Event(ended.getEndTime().toInstant(),
            ended(task, ended.getTaskDefinitionKey(), ended.getAssignee(), ended.getDeleteReason()))));
      }
    }
    for (Communication sent : communicationLog.forCase(task.getExecution().getProcessBusinessKey())) {
      events.add(new Event(sent.sentAt(), message(sent)));
    }
    events.sort(Comparator.comparing(Event::at));

    List<String> timeline = new ArrayList<>(events.stream().map(e -> WHEN.format(e.at()) + "  " + e.what()).toList());
    if (timeline.isEmpty()) {
      timeline.add("Nothing yet: this is the case's first step.");
    }
    List<String> answers = new ArrayList<>();
    ANSWERS.forEach((variable, label) -> {
      Object value = variable.storedIn(task);
      if (value != null && !value.toString().isBlank()) {
        answers.add(label + ": " + shown(value));
      }
    });
    String text = String.join("\n", timeline) + (answers.isEmpty() ? "" : "\n\nOn record now:\n" + String.join("\n", answers));
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
  }

  /**
   * The task that ended in the transaction that creates this one (the history has not been
   * written yet), e.g. the assessment whose completion leads to this task.
   */
  private static Optional<HistoricTaskInstanceEventEntity> endedInThisTransaction(String taskId) {
    HistoricTaskInstanceEventEntity cached = Context.getCommandContext().getDbEntityManager()
        .getCachedEntity(HistoricTaskInstanceEventEntity.class, taskId);
    return Optional.ofNullable(cached).filter(ended -> ended.getEndTime() != null);
  }

  private static String ended(DelegateTask task, String taskKey, String assignee, String deleteReason) {
    String step = stepName(task, taskKey);
    if (!TaskEntity.DELETE_REASON_COMPLETED.equals(deleteReason)) {
      return step + ": closed by the case (no answer in time, or the platform told us)";
    }
    return assignee == null ? step + ": done" : step + ": done by " + assignee;
  }

  private static String stepName(DelegateTask task, String taskKey) {
    FlowElement step = task.getBpmnModelElementInstance().getModelInstance().getModelElementById(taskKey);
    return step == null || step.getName() == null ? taskKey : step.getName();
  }

  private static String message(Communication sent) {
    String what = switch (sent.kind()) {
      case OUTREACH -> "Apology and remedy";
      case SATISFACTION_CHECK -> "Question whether the customer is satisfied";
      case UPDATE_REQUEST -> "The one request to update the review";
      case PUBLIC_REPLY -> "Public reply";
      case PUBLIC_ACKNOWLEDGEMENT -> "Public acknowledgement";
      case REVIEW_INVITATION -> "Invitation to review the business";
    };
    if (sent.channel() == Channel.PHONE) {
      return what + ": to be said by phone (" + sent.recipient() + ")";
    }
    if (sent.channel() == Channel.PLATFORM_PUBLIC) {
      return what + " posted";
    }
    return what + " sent by " + (sent.channel() == Channel.EMAIL ? "email" : "platform message")
        + (sent.subject() == null ? "" : ": “" + sent.subject() + "”");
  }

  /** A value as the forms put it: yes or no, an amount with its pence, an option's name in words. */
  private static String shown(Object value) {
    if (value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean(value.toString()) ? "yes" : "no";
    }
    if (value instanceof Double amount) {
      return String.format(Locale.ROOT, "%.2f", amount);
    }
    String text = value.toString().strip().replaceAll("\\s+", " ");
    return text.matches("[A-Z]+(_[A-Z]+)*") ? text.toLowerCase(Locale.ROOT).replace('_', ' ') : text;
  }

  private static Map<ProcessVariable<?>, String> answers() {
    Map<ProcessVariable<?>, String> answers = new LinkedHashMap<>();
    answers.put(TERMS_VIOLATED, "Breaks the platform's terms");
    answers.put(VIOLATION_REASONS, "Terms broken");
    answers.put(PLATFORM_REPORT_REFERENCE, "Platform's reference for the report");
    answers.put(REVIEW_REMOVED_BY_PLATFORM, "Removed by the platform");
    answers.put(PROPOSAL_COUNT, "Proposals made");
    answers.put(OUTREACH_CHANNEL, "Channel of the current proposal");
    answers.put(REMEDY_TYPE, "Remedy");
    answers.put(REFUND_AMOUNT, "Refund amount (GBP)");
    answers.put(REFUND_DATE, "Refund processed on");
    answers.put(REMEDY_DETAILS, "Remedy details");
    answers.put(REMEDY_ACCEPTED, "Customer accepted the remedy");
    answers.put(CUSTOMER_ANSWER_NOTE, "What the customer said");
    answers.put(REMEDY_IMPLEMENTED, "Remedy implemented");
    answers.put(REMEDY_IMPLEMENTATION_NOTE, "How it was done");
    answers.put(CUSTOMER_SATISFIED, "Customer satisfied");
    answers.put(SATISFACTION_NOTE, "What the customer said about it");
    answers.put(REVIEW_UPDATED, "Review updated");
    return answers;
  }

  private record Event(Instant at, String what) {
  }
}
