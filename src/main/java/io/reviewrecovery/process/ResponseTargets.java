package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewVariables.*;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The response targets as the BPMN applies them, e.g. {@code ${responseTargets.firstOutreachDue(execution)}}:
 * the due dates of the tasks on the way to an answer, the timers that escalate a case that misses
 * one, and whether the first outreach is late. Times are the engine's clock.
 *
 * <p>Each deadline is fixed the first time the process asks for it and kept in a variable, so the
 * tasks and the timer of one target share one date, and a changed target applies to cases that
 * reach it afterwards: the first-outreach deadline when the case starts (its escalation timer asks
 * then), the public-reply deadline when the case turns to a public reply. While the platform
 * decides on a reported review, the first outreach is not due; when the platform keeps the review,
 * it is due the first-outreach target after that.
 */
@Component("responseTargets")
public class ResponseTargets {

  /** Where the first outreach stands when its target runs out. */
  public enum FirstOutreach {
    /** A proposal was sent, or the answer to a phone call was recorded ({@code CaseTimelineRecorder}). */
    MADE,
    /**
     * No private outreach is owed: the case answers the reviewer in public, with the acknowledgement
     * (nobody can reach them privately) or with the public reply (a reviewer who is no customer),
     * and those have targets of their own.
     */
    ANSWERED_IN_PUBLIC,
    /** The platform decides on the reported review first, or its answer moved the deadline. */
    NOT_DUE,
    /** Neither: the case missed its target. */
    LATE
  }

  private final ReviewRecoveryProperties.Targets targets;
  private final ReviewRecoveryProperties.TaskDue taskDue;

  public ResponseTargets(ReviewRecoveryProperties properties) {
    this.targets = properties.process().targets();
    this.taskDue = properties.process().taskDue();
  }

  /** Intake plus the assessment target: "Assess review against platform terms" and its escalation. */
  public Date assessmentDue(DelegateExecution execution) {
    return deadline(ASSESSMENT_DUE_AT, targets.assessment(), execution);
  }

  /** Intake plus the acknowledgement target: the public acknowledgement's approval and its escalation. */
  public Date acknowledgementDue(DelegateExecution execution) {
    Date due = ACKNOWLEDGEMENT_DUE_AT.from(execution);
    if (due == null) {
      due = Date.from(FIRST_OUTREACH_DUE_AT.required(execution).toInstant().minus(targets.firstOutreach())
          .plus(targets.acknowledgement()));
      ACKNOWLEDGEMENT_DUE_AT.set(execution, due);
    }
    return due;
  }

  /** When this "Implement remedy" is due: its own time from now, kept for its escalation. */
  public Date remedyDue(DelegateExecution execution) {
    return taskDeadline(REMEDY_DUE_AT, execution, () -> Date.from(now().plus(taskDue.implementRemedy())));
  }

  /** Intake plus the first-outreach target. */
  public Date firstOutreachDue(DelegateExecution execution) {
    return deadline(FIRST_OUTREACH_DUE_AT, targets.firstOutreach(), execution);
  }

  /** The moment the case turned to a public reply plus the public-reply target. */
  public Date publicReplyDue(DelegateExecution execution) {
    return deadline(PUBLIC_REPLY_DUE_AT, targets.publicReply(), execution);
  }

  /**
   * When "Prepare apology and remedy" is due: the first proposal by the first-outreach deadline,
   * every later one (and the first after a public acknowledgement) the first-outreach target after
   * its task is created. The task's escalation timer asks first, the task's due date then reads the same.
   */
  public Date proposalDue(DelegateExecution execution) {
    return taskDeadline(PROPOSAL_DUE_AT, execution, () -> proposalDueAsFirstOutreach(execution)
        ? firstOutreachDue(execution) : Date.from(now().plus(targets.firstOutreach())));
  }

  /**
   * Whether this proposal is the case's first outreach, whose lateness the event subprocess "First
   * outreach overdue" escalates: no proposal was made yet, and no public acknowledgement started the
   * case anew. A later proposal is escalated by its own timer.
   */
  public boolean proposalDueAsFirstOutreach(DelegateExecution execution) {
    return FIRST_OUTREACH_AT.from(execution) == null && ACKNOWLEDGEMENT_POSTED_AT.from(execution) == null;
  }

  /** When a chase task is due: the chase target after the escalation, not the deadline it missed. */
  public Date chaseDue() {
    return Date.from(now().plus(targets.chase()));
  }

  /** The platform kept a reported review: the first outreach is due the first-outreach target from now. */
  public void platformKeptReview(DelegateExecution execution) {
    Instant now = now();
    PLATFORM_ANSWERED_AT.set(execution, Date.from(now));
    FIRST_OUTREACH_DUE_AT.set(execution, Date.from(now.plus(targets.firstOutreach())));
  }

  /** Whether the review was reported to the platform, which has not answered yet. */
  public boolean platformDecisionPending(DelegateExecution execution) {
    return PLATFORM_REPORT_REFERENCE.from(execution) != null && PLATFORM_ANSWERED_AT.from(execution) == null;
  }

  /** Where the first outreach stands, as the name of a {@link FirstOutreach}. */
  public String firstOutreach(DelegateExecution execution) {
    if (FIRST_OUTREACH_AT.from(execution) != null) {
      return FirstOutreach.MADE.name();
    }
    if (ACKNOWLEDGEMENT_POSTED_AT.from(execution) != null || PUBLIC_REPLY_DUE_AT.from(execution) != null) {
      return FirstOutreach.ANSWERED_IN_PUBLIC.name();
    }
    if (platformDecisionPending(execution) || now().isBefore(firstOutreachDue(execution).toInstant())) {
      return FirstOutreach.NOT_DUE.name();
    }
    return FirstOutreach.LATE.name();
  }

  private static Date deadline(ProcessVariable<Date> variable, Duration target, DelegateExecution execution) {
    Date due = variable.from(execution);
    if (due == null) {
      due = Date.from(now().plus(target));
      variable.set(execution, due);
    }
    return due;
  }

  /**
   * The deadline of one run of a task, fixed when its escalation timer asks and read again for its
   * due date: kept on the task's own scope (each run of the task gets a new one), and on the case
   * for its chase task to read.
   */
  private static Date taskDeadline(ProcessVariable<Date> variable, DelegateExecution taskScope, Supplier<Date> deadline) {
    if (taskScope.getVariableLocal(variable.name()) instanceof Date due) {
      return due;
    }
    Date due = deadline.get();
    variable.setLocal(taskScope, due);
    variable.set(taskScope.getProcessInstance(), due);
    return due;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
