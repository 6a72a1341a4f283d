package io.reviewrecovery.process;

/** What a review platform reports about a review, and the process message it becomes. */
public enum PlatformEventType {
  REVIEW_UPDATED(ReviewRecoveryProcess.MESSAGE_REVIEW_UPDATED),
  REVIEW_REMOVED(ReviewRecoveryProcess.MESSAGE_REVIEW_REMOVED);

  private final String messageName;

  PlatformEventType(String messageName) {
    this.messageName = messageName;
  }

  public String messageName() {
    return messageName;
  }
}
