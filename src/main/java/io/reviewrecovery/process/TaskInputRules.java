package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.messaging.Channel;
import io.reviewrecovery.outreach.CustomerContacts;
import io.reviewrecovery.outreach.RemedyType;
import io.reviewrecovery.outreach.Reviewer;
import io.reviewrecovery.platform.TermsViolationReason;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What a person must have filled in before a task can be completed. Tasklist validates forms in
 * the browser only; these rules hold for every way of completing a task, REST API included.
 */
@Component
public class TaskInputRules {

  static final int MIN_APOLOGY_LENGTH = 40;
  static final int MAX_PUBLIC_REPLY_LENGTH = 4000;

  private final CustomerContacts contacts;

  public TaskInputRules(CustomerContacts contacts) {
    this.contacts = contacts;
  }

  /** The yes/no answers of the forms; Camunda Forms submit them as "true"/"false". */
  private static final List<ProcessVariable<Boolean>> YES_NO_ANSWERS = List.of(
      TERMS_VIOLATED, REVIEW_REMOVED_BY_PLATFORM, REMEDY_ACCEPTED, REMEDY_IMPLEMENTED, CUSTOMER_SATISFIED, REVIEW_UPDATED);

  /**
   * Stores yes/no answers submitted as the text "true" or "false" (what a form's radio buttons
   * send) as booleans, so gateways and reports always see a Boolean.
   */
  public void storeYesNoAnswersAsBooleans(DelegateTask task) {
    for (ProcessVariable<Boolean> answer : YES_NO_ANSWERS) {
      Object value = task.getVariable(answer.name());
      if ("true".equals(value) || "false".equals(value)) {
        answer.set(task, Boolean.valueOf((String) value));
      }
    }
  }

  /** The problems with what was submitted for this task; empty when it may be completed. */
  public List<String> problems(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    switch (task.getTaskDefinitionKey()) {
      case TASK_ASSESS_TERMS -> assessment(task, problems);
      case TASK_REPORT_TO_PLATFORM -> requireText(task, PLATFORM_REPORT_REFERENCE, "the platform's reference for the report", problems);
      case TASK_RECORD_PLATFORM_DECISION -> requireAnswer(task, REVIEW_REMOVED_BY_PLATFORM, "whether the platform removed the review", problems);
      case TASK_PREPARE_OUTREACH -> proposal(task, problems);
      case TASK_RECORD_CUSTOMER_ANSWER -> requireAnswer(task, REMEDY_ACCEPTED, "whether the customer accepted the remedy", problems);
      case TASK_IMPLEMENT_REMEDY -> {
        if (!Boolean.TRUE.equals(REMEDY_IMPLEMENTED.from(task))) {
          problems.add("Confirm that the remedy has been implemented.");
        }
      }
      case TASK_RECORD_SATISFACTION -> requireAnswer(task, CUSTOMER_SATISFIED, "whether the customer is satisfied", problems);
      case TASK_FOLLOW_UP_ON_REVIEW -> requireAnswer(task, REVIEW_UPDATED, "whether the customer updated the review", problems);
      case TASK_APPROVE_PUBLIC_REPLY -> {
        requireText(task, PUBLIC_REPLY_TEXT, "the reply to post", problems);
        String reply = PUBLIC_REPLY_TEXT.from(task);
        if (reply != null && reply.length() > MAX_PUBLIC_REPLY_LENGTH) {
          problems.add("Keep the public reply under %d characters; it has %d.".formatted(MAX_PUBLIC_REPLY_LENGTH, reply.length()));
        }
      }
      default -> throw new IllegalArgumentException("No input rules for task " + task.getTaskDefinitionKey());
    }
    return problems;
  }

  private void assessment(DelegateTask task, List<String> problems) {
    requireAnswer(task, TERMS_VIOLATED, "whether the review violates the platform's terms", problems);
    List<TermsViolationReason> reasons;
    try {
      reasons = CaseData.violationReasons(task);
    } catch (IllegalArgumentException unknown) {
      problems.add("Choose reasons from the list: " + Arrays.toString(TermsViolationReason.values()) + ".");
      return;
    }
    if (Boolean.TRUE.equals(TERMS_VIOLATED.from(task))) {
      if (reasons.isEmpty()) {
        problems.add("Tick at least one reason why the review violates the terms.");
      }
      requireText(task, VIOLATION_EVIDENCE, "the evidence for the platform", problems);
    }
  }

  private void proposal(DelegateTask task, List<String> problems) {
    Channel channel = choice(task, OUTREACH_CHANNEL, Channel.class, List.of(Channel.EMAIL, Channel.PLATFORM_MESSAGE, Channel.PHONE),
        "the channel", problems);
    String apology = APOLOGY_MESSAGE.from(task);
    if (apology == null || apology.strip().length() < MIN_APOLOGY_LENGTH) {
      problems.add("Write a specific apology that refers to what went wrong (at least %d characters).".formatted(MIN_APOLOGY_LENGTH));
    }
    RemedyType remedy = choice(task, REMEDY_TYPE, RemedyType.class, List.of(RemedyType.values()), "the remedy", problems);
    if (remedy == RemedyType.REFUND) {
      refund(task, problems);
    }
    Reviewer reviewer = CaseData.reviewer(task.getExecution().getProcessBusinessKey(), task);
    if (channel == Channel.PHONE && contacts.phone(reviewer).isEmpty()) {
      problems.add("There is no phone number on record for this customer: choose email or platform message.");
    }
    if (channel == Channel.EMAIL && contacts.email(reviewer).isEmpty()) {
      problems.add("There is no email address for this customer: choose platform message or phone.");
    }
  }

  private void refund(DelegateTask task, List<String> problems) {
    Double amount = numberOrProblem(task, problems);
    if (amount != null && amount <= 0) {
      problems.add("A refund needs an amount above zero.");
    }
    String date = REFUND_DATE.from(task);
    if (date == null || date.isBlank()) {
      problems.add("A refund needs the date on which it will be processed.");
      return;
    }
    try {
      LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      if (LocalDate.parse(date).isBefore(today)) {
        problems.add("The refund date %s is in the past.".formatted(date));
      }
    } catch (DateTimeParseException e) {
      problems.add("The refund date must be a date like 2026-12-01, not '%s'.".formatted(date));
    }
  }

  private static Double numberOrProblem(DelegateTask task, List<String> problems) {
    Object amount = task.getVariable(REFUND_AMOUNT.name());
    if (amount instanceof Number number) {
      return number.doubleValue();
    }
    problems.add("A refund needs its amount as a number.");
    return null;
  }

  private static <E extends Enum<E>> E choice(DelegateTask task, ProcessVariable<String> variable, Class<E> type,
      List<E> allowed, String what, List<String> problems) {
    String value = variable.from(task);
    for (E option : allowed) {
      if (option.name().equals(value)) {
        return option;
      }
    }
    problems.add("Choose %s: one of %s.".formatted(what, allowed));
    return null;
  }

  private static void requireAnswer(DelegateTask task, ProcessVariable<Boolean> variable, String what, List<String> problems) {
    if (!(task.getVariable(variable.name()) instanceof Boolean)) {
      problems.add("Answer " + what + " (yes or no).");
    }
  }

  private static void requireText(DelegateTask task, ProcessVariable<String> variable, String what, List<String> problems) {
    Object value = task.getVariable(variable.name());
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("Fill in " + what + ".");
    }
  }
}
