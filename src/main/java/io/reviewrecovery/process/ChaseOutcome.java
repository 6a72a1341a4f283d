package io.reviewrecovery.process;

/** What the reputation team did about a case that missed a response target, as its chase task records it. */
public enum ChaseOutcome {
  /** Reminded the people working on the case. */
  TEAM_REMINDED,
  /** Took the work over, or gave it to someone who can do it now. */
  TAKEN_OVER,
  /** The delay has a good reason, which the note gives. */
  DELAY_JUSTIFIED
}
