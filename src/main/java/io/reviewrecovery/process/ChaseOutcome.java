package io.reviewrecovery.process;

/** What the reputation team did about a case that missed a response target, as its chase task records it. */
public enum ChaseOutcome {
  /** Reminded the people working on the case. */
  TEAM_REMINDED,
  /** Gave the late task to a colleague who can do it now ({@code lateWorkAssignee}): it is assigned to them. */
  HANDED_OVER,
  /** Took the late task over: it is assigned to the chaser, who does it. */
  TAKEN_OVER,
  /** The delay has a good reason, which the note gives. */
  DELAY_JUSTIFIED
}
