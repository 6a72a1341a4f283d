package io.reviewrecovery.responses;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_FOLLOW_UP_ON_REVIEW;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_SATISFACTION;

import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.process.ProcessVariable;
import io.reviewrecovery.process.ReviewVariables;
import java.util.Arrays;
import java.util.List;

/**
 * The answers a customer can give through a link in a message, and what each one records: the
 * answer a person would give on the form of the task that waits for it. The update request has
 * only a way to say no, so that nothing in it presses for an update.
 */
public enum CustomerAnswer {
  ACCEPT_REMEDY(CommunicationKind.OUTREACH, TASK_RECORD_CUSTOMER_ANSWER, ReviewVariables.REMEDY_ACCEPTED, true, "I accept"),
  DECLINE_REMEDY(CommunicationKind.OUTREACH, TASK_RECORD_CUSTOMER_ANSWER, ReviewVariables.REMEDY_ACCEPTED, false, "No thanks"),
  SATISFIED(CommunicationKind.SATISFACTION_CHECK, TASK_RECORD_SATISFACTION, ReviewVariables.CUSTOMER_SATISFIED, true, "Yes, all good"),
  NOT_YET_SATISFIED(CommunicationKind.SATISFACTION_CHECK, TASK_RECORD_SATISFACTION, ReviewVariables.CUSTOMER_SATISFIED, false, "Not yet"),
  NO_REVIEW_UPDATE(CommunicationKind.UPDATE_REQUEST, TASK_FOLLOW_UP_ON_REVIEW, ReviewVariables.REVIEW_UPDATED, false, "No thanks");

  private final CommunicationKind question;
  private final String taskKey;
  private final ProcessVariable<Boolean> variable;
  private final boolean value;
  private final String label;

  CustomerAnswer(CommunicationKind question, String taskKey, ProcessVariable<Boolean> variable, boolean value, String label) {
    this.question = question;
    this.taskKey = taskKey;
    this.variable = variable;
    this.value = value;
    this.label = label;
  }

  /** The answers a message of this kind offers, in the order they are shown; none for other kinds. */
  public static List<CustomerAnswer> to(CommunicationKind question) {
    return Arrays.stream(values()).filter(answer -> answer.question == question).toList();
  }

  public CommunicationKind question() {
    return question;
  }

  /** The user task this answer completes. */
  public String taskKey() {
    return taskKey;
  }

  public ProcessVariable<Boolean> variable() {
    return variable;
  }

  public boolean value() {
    return value;
  }

  /** What the link and the confirmation button say. */
  public String label() {
    return label;
  }

  /** Whether the question is asked anew for each proposal, so a link answers only its own proposal. */
  boolean perProposal() {
    return question != CommunicationKind.UPDATE_REQUEST;
  }
}
