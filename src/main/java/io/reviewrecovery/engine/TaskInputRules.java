package io.reviewrecovery.engine;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.compliance.CaseSpecifics;
import io.reviewrecovery.compliance.CaseSpecificsLookup;
import io.reviewrecovery.outreach.CustomerContacts;
import io.reviewrecovery.outreach.CustomerOutreach;
import io.reviewrecovery.platform.PlatformDirectMessages;
import io.reviewrecovery.platform.PublicReplies;
import io.reviewrecovery.process.ChaseOutcome;
import io.reviewrecovery.process.ProcessVariable;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.Reviewer;
import io.reviewrecovery.review.TermsViolationReason;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What a person must have filled in before a task can be completed. Tasklist validates forms in
 * the browser only; {@link TaskCompletionGuard} applies these rules to every way of completing a
 * task, REST API included. The process's own tasks have rules written here; a task a process owner
 * adds in Modeler gets the checks its form declares ({@link TaskForm#problems}). What is written to
 * the customer, or posted publicly, must also pass the compliance guards.
 */
@Component
public class TaskInputRules {

  static final int MIN_APOLOGY_LENGTH = 40;

  private final CustomerContacts contacts;
  private final CaseSpecificsLookup caseSpecifics;
  private final CustomerOutreach outreach;
  private final PublicReplies publicReplies;
  private final PlatformDirectMessages directMessages;
  private final LateWork lateWork;

  /** The outreach and public reply checks are the sending services' own, so both points apply the same rules. */
  public TaskInputRules(CustomerContacts contacts, CaseSpecificsLookup caseSpecifics, CustomerOutreach outreach,
      PublicReplies publicReplies, PlatformDirectMessages directMessages, LateWork lateWork) {
    this.contacts = contacts;
    this.caseSpecifics = caseSpecifics;
    this.outreach = outreach;
    this.publicReplies = publicReplies;
    this.directMessages = directMessages;
    this.lateWork = lateWork;
  }

  /**
   * The longest text each field may hold. The engine stores a text variable in at most 4000
   * characters; the lower limits keep what people write, and the report drafted from it, readable.
   */
  private static final Map<ProcessVariable<String>, Integer> MAX_LENGTHS = Map.ofEntries(
      Map.entry(VIOLATION_EVIDENCE, 1500),
      Map.entry(PLATFORM_REPORT_REFERENCE, 200),
      Map.entry(APOLOGY_MESSAGE, 2000),
      Map.entry(REMEDY_DETAILS, 1000),
      Map.entry(CUSTOMER_ANSWER_NOTE, 2000),
      Map.entry(DECLINE_REASON, 2000),
      Map.entry(REMEDY_IMPLEMENTATION_NOTE, 2000),
      Map.entry(REMEDY_NOT_DONE_REASON, 2000),
      Map.entry(SATISFACTION_NOTE, 2000),
      Map.entry(PUBLIC_REPLY_TEXT, 4000),
      Map.entry(ACKNOWLEDGEMENT_TEXT, 4000),
      Map.entry(REVIEWER_CONTACT_EMAIL, 254),
      Map.entry(REVIEWER_CONTACT_PHONE, 40),
      Map.entry(CHASE_NOTE, 2000),
      Map.entry(LATE_WORK_ASSIGNEE, 64));

  /** An email address as people write one: something, an at sign, a domain with a dot; no spaces. */
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  /** A phone number: digits, optionally a leading +, with spaces, dots, dashes or brackets between them. */
  private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 ().-]+");

  /** The problems with what would be submitted for this task, with this form; empty when it may be completed. */
  public List<String> problems(TaskInput task, TaskForm form) {
    List<String> problems = new ArrayList<>();
    MAX_LENGTHS.forEach((field, max) -> {
      String text = task.text(field);
      if (text != null && text.length() > max) {
        problems.add("Shorten %s to at most %d characters; it has %d.".formatted(field.name(), max, text.length()));
      }
    });
    switch (task.taskKey()) {
      case TASK_ASSESS_TERMS -> assessment(task, problems);
      case TASK_REPORT_TO_PLATFORM -> requireText(task, PLATFORM_REPORT_REFERENCE, "the platform's reference for the report", problems);
      case TASK_RECORD_PLATFORM_DECISION -> requireAnswer(task, REVIEW_REMOVED_BY_PLATFORM, "whether the platform removed the review", problems);
      case TASK_PREPARE_OUTREACH -> proposal(task, problems);
      case TASK_RECORD_CUSTOMER_ANSWER -> requireAnswer(task, REMEDY_ACCEPTED, "whether the customer accepted the remedy", problems);
      case TASK_IMPLEMENT_REMEDY -> {
        requireAnswer(task, REMEDY_IMPLEMENTED, "whether the remedy has been implemented", problems);
        if (Boolean.FALSE.equals(task.answer(REMEDY_IMPLEMENTED))) {
          requireText(task, REMEDY_NOT_DONE_REASON, "why the remedy could not be done, for the next proposal", problems);
        }
      }
      case TASK_RECORD_SATISFACTION -> requireAnswer(task, CUSTOMER_SATISFIED, "whether the customer is satisfied", problems);
      case TASK_FOLLOW_UP_ON_REVIEW -> requireAnswer(task, REVIEW_UPDATED, "whether the customer updated the review", problems);
      case TASK_APPROVE_PUBLIC_REPLY -> {
        requireText(task, PUBLIC_REPLY_TEXT, "the reply to post", problems);
        problems.addAll(publicReplies.problems(task.text(PUBLIC_REPLY_TEXT), caseSpecifics(task)));
      }
      case TASK_APPROVE_ACKNOWLEDGEMENT -> {
        requireText(task, ACKNOWLEDGEMENT_TEXT, "the acknowledgement to post", problems);
        problems.addAll(publicReplies.problems(task.text(ACKNOWLEDGEMENT_TEXT), caseSpecifics(task)));
      }
      case TASK_RECORD_REVIEWER_CONTACT -> reviewerContact(task, problems);
      case TASK_CHASE_LATE_OUTREACH, TASK_CHASE_LATE_PUBLIC_REPLY, TASK_CHASE_LATE_ASSESSMENT,
          TASK_CHASE_LATE_ACKNOWLEDGEMENT, TASK_CHASE_LATE_PROPOSAL, TASK_CHASE_LATE_REMEDY -> chase(task, problems);
      default -> problems.addAll(form.problems(task));
    }
    return problems;
  }

  private void assessment(TaskInput task, List<String> problems) {
    requireAnswer(task, TERMS_VIOLATED, "whether the review violates the platform's terms", problems);
    List<String> reasons = TaskForm.listItems(task.get(VIOLATION_REASONS));
    List<String> known = Arrays.stream(TermsViolationReason.values()).map(Enum::name).toList();
    if (!known.containsAll(reasons)) {
      problems.add("Choose reasons from the list: " + known + ".");
    }
    if (Boolean.TRUE.equals(task.answer(TERMS_VIOLATED))) {
      if (reasons.isEmpty()) {
        problems.add("Tick at least one reason why the review violates the terms.");
      }
      requireText(task, VIOLATION_EVIDENCE, "the evidence for the platform", problems);
    }
  }

  private void proposal(TaskInput task, List<String> problems) {
    Channel channel = choice(task, OUTREACH_CHANNEL, List.of(Channel.EMAIL, Channel.PLATFORM_MESSAGE, Channel.PHONE),
        "the channel", problems);
    String apology = task.text(APOLOGY_MESSAGE);
    if (apology == null || apology.strip().length() < MIN_APOLOGY_LENGTH) {
      problems.add("Write a specific apology that refers to what went wrong (at least %d characters).".formatted(MIN_APOLOGY_LENGTH));
    }
    RemedyType remedy = choice(task, REMEDY_TYPE, List.of(RemedyType.values()), "the remedy", problems);
    if (remedy == RemedyType.REFUND) {
      refund(task, problems);
    }
    String email = task.text(REVIEWER_EMAIL) != null ? task.text(REVIEWER_EMAIL) : task.text(REVIEWER_CONTACT_EMAIL);
    Reviewer reviewer = new Reviewer(task.businessKey(), task.text(PLATFORM), task.text(PLATFORM_REVIEW_ID),
        task.text(REVIEWER_NAME), email, task.get(CUSTOMER_ID) instanceof Number id ? id.longValue() : null,
        task.text(REVIEWER_CONTACT_PHONE));
    if (channel == Channel.PHONE && contacts.phone(reviewer).isEmpty()) {
      problems.add("There is no phone number on record for this customer: choose email or platform message.");
    }
    if (channel == Channel.EMAIL && contacts.email(reviewer).isEmpty()) {
      problems.add("There is no email address for this customer: choose platform message or phone.");
    }
    if (channel == Channel.PLATFORM_MESSAGE) {
      directMessages.unavailable(task.text(PLATFORM)).ifPresent(problems::add);
    }
    problems.addAll(outreach.problems(apology, task.text(REMEDY_DETAILS)));
  }

  /** The reviewer got in touch, or staff found their details: an email address or a phone number, well formed. */
  private static void reviewerContact(TaskInput task, List<String> problems) {
    String email = blankToNull(task.text(REVIEWER_CONTACT_EMAIL));
    String phone = blankToNull(task.text(REVIEWER_CONTACT_PHONE));
    if (email == null && phone == null) {
      problems.add("Record the reviewer's email address or a phone number, or both.");
    }
    if (email != null && !EMAIL_ADDRESS.matcher(email.strip()).matches()) {
      problems.add("'%s' is not an email address like name@example.com.".formatted(email));
    }
    if (phone != null) {
      long digits = phone.chars().filter(Character::isDigit).count();
      if (!PHONE_NUMBER.matcher(phone.strip()).matches() || digits < 7 || digits > 15) {
        problems.add("'%s' is not a phone number: 7 to 15 digits, with an optional leading +.".formatted(phone));
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private void chase(TaskInput task, List<String> problems) {
    ChaseOutcome outcome = choice(task, CHASE_OUTCOME, List.of(ChaseOutcome.values()),
        "what you did about the late case", problems);
    if (outcome == ChaseOutcome.DELAY_JUSTIFIED) {
      requireText(task, CHASE_NOTE, "why the delay is justified", problems);
    } else if (outcome == ChaseOutcome.HANDED_OVER) {
      lateWork.whyNotFor(task.processInstanceId(), task.text(LATE_WORK_ASSIGNEE)).ifPresent(problems::add);
    } else if (outcome == ChaseOutcome.TAKEN_OVER) {
      if (task.userId() == null) {
        problems.add("Only a person who is logged in can take the late work over: give it to a colleague by name instead.");
      } else {
        lateWork.whyNotFor(task.processInstanceId(), task.userId()).ifPresent(problems::add);
      }
    }
  }

  /** What the public reply must not reveal: who the customer is, the order and the remedy. */
  private CaseSpecifics caseSpecifics(TaskInput task) {
    return caseSpecifics.of(task.text(REVIEWER_NAME), task.get(CUSTOMER_ID) instanceof Number id ? id.longValue() : null,
        task.text(ORDER_REFERENCE), task.text(REMEDY_DETAILS));
  }

  private void refund(TaskInput task, List<String> problems) {
    if (!(task.get(REFUND_AMOUNT) instanceof Number amount)) {
      problems.add("A refund needs its amount as a number.");
    } else if (amount.doubleValue() <= 0) {
      problems.add("A refund needs an amount above zero.");
    }
    String date = task.get(REFUND_DATE) instanceof String text ? text : null;
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

  /** The option submitted for an enum-valued variable, by its name; a problem when it is none of those allowed. */
  private static <E extends Enum<E>> E choice(TaskInput task, ProcessVariable<E> variable, List<E> allowed, String what,
      List<String> problems) {
    Object value = task.get(variable);
    for (E option : allowed) {
      if (option.name().equals(value)) {
        return option;
      }
    }
    problems.add("Choose %s: one of %s.".formatted(what, allowed));
    return null;
  }

  private static void requireAnswer(TaskInput task, ProcessVariable<Boolean> variable, String what, List<String> problems) {
    if (task.answer(variable) == null) {
      problems.add("Answer " + what + " (yes or no).");
    }
  }

  private static void requireText(TaskInput task, ProcessVariable<String> variable, String what, List<String> problems) {
    String text = task.text(variable);
    if (text == null || text.isBlank()) {
      problems.add("Fill in " + what + ".");
    }
  }
}
