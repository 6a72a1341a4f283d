package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewVariables.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;

/** A response target a case can miss: the variables of its deadline and escalation, and the task that chases it. */
public enum ResponseTarget {

  FIRST_OUTREACH("first private outreach", ReviewRecoveryProcess.TASK_CHASE_LATE_OUTREACH,
      FIRST_OUTREACH_DUE_AT, FIRST_OUTREACH_ESCALATED_AT),
  PUBLIC_REPLY("public reply", ReviewRecoveryProcess.TASK_CHASE_LATE_PUBLIC_REPLY,
      PUBLIC_REPLY_DUE_AT, PUBLIC_REPLY_ESCALATED_AT),
  ASSESSMENT("assessment of the review against the platform's terms", ReviewRecoveryProcess.TASK_CHASE_LATE_ASSESSMENT,
      ASSESSMENT_DUE_AT, ASSESSMENT_ESCALATED_AT),
  ACKNOWLEDGEMENT("public acknowledgement", ReviewRecoveryProcess.TASK_CHASE_LATE_ACKNOWLEDGEMENT,
      ACKNOWLEDGEMENT_DUE_AT, ACKNOWLEDGEMENT_ESCALATED_AT),
  PROPOSAL("new proposal", ReviewRecoveryProcess.TASK_CHASE_LATE_PROPOSAL, PROPOSAL_DUE_AT, PROPOSAL_ESCALATED_AT),
  REMEDY("remedy the customer accepted", ReviewRecoveryProcess.TASK_CHASE_LATE_REMEDY, REMEDY_DUE_AT, REMEDY_ESCALATED_AT);

  private final String description;
  private final String chaseTask;
  private final ProcessVariable<Date> dueAt;
  private final ProcessVariable<Date> escalatedAt;

  ResponseTarget(String description, String chaseTask, ProcessVariable<Date> dueAt,
      ProcessVariable<Date> escalatedAt) {
    this.description = description;
    this.chaseTask = chaseTask;
    this.dueAt = dueAt;
    this.escalatedAt = escalatedAt;
  }

  /** The target a chase task is about. */
  public static ResponseTarget chasedBy(String taskKey) {
    return Arrays.stream(values()).filter(target -> target.chaseTask.equals(taskKey)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(taskKey + " chases no response target"));
  }

  /** The user task that chases a case that missed this target. */
  public String chaseTask() {
    return chaseTask;
  }

  /** In words, e.g. "first private outreach". */
  public String description() {
    return description;
  }

  public ProcessVariable<Date> dueAt() {
    return dueAt;
  }

  public ProcessVariable<Date> escalatedAt() {
    return escalatedAt;
  }

  /** How late, for people: "less than a minute", "45 min", "3 h 5 min", "2 days 4 h". */
  public static String lateness(Duration late) {
    long minutes = late.toMinutes();
    if (minutes < 1) {
      return "less than a minute";
    }
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long restMinutes = minutes % 60;
    if (days > 0) {
      return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
    }
    return hours > 0 ? hours + " h" + (restMinutes > 0 ? " " + restMinutes + " min" : "") : restMinutes + " min";
  }
}
