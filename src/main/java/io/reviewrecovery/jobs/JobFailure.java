package io.reviewrecovery.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A job's call to the outside world that did not succeed (a review platform's answer, or a proposal
 * the outreach refused to send), saying whether trying again can help. The job that made the call
 * fails with this message, and {@link JobRetries} acts on the kind: a
 * refusal becomes an incident at once, an unavailable platform is retried no earlier than it
 * asked, and a used-up daily limit waits for the next day without using up the job's retries.
 */
public class JobFailure extends RuntimeException {

  public enum Kind {
    /**
     * The platform said no (a 4xx other than 429), the request cannot be right, or it may have been
     * done without an answer ({@link #outcomeUnknown()}): retrying blindly changes nothing or does it twice.
     */
    REFUSED,
    /** No answer, a 5xx or a 429: retried with the job's retry cycle, not before {@link #notBefore()}. */
    UNAVAILABLE,
    /** A limit on how many posts a day: retried once the limit allows, without counting as an attempt. */
    LIMIT_REACHED
  }

  private final Kind kind;
  private final Instant notBefore;
  private final boolean outcomeUnknown;

  private JobFailure(Kind kind, String message, Instant notBefore, boolean outcomeUnknown) {
    super(message);
    this.kind = kind;
    this.notBefore = notBefore;
    this.outcomeUnknown = outcomeUnknown;
  }

  public static JobFailure refused(String message) {
    return new JobFailure(Kind.REFUSED, message + " Not retried: fix the cause, then retry the job (e.g. in Cockpit).",
        null, false);
  }

  public static JobFailure unavailable(String message, Instant notBefore) {
    return new JobFailure(Kind.UNAVAILABLE,
        notBefore == null ? message : message + " Retried no earlier than " + notBefore + ".", notBefore, false);
  }

  public static JobFailure limitReached(String message, Instant notBefore) {
    return new JobFailure(Kind.LIMIT_REACHED, message + " Retried from " + notBefore + ".", notBefore, false);
  }

  /**
   * No answer to a request the platform does not de-duplicate: it may have taken effect, and a
   * retry could do it twice. So it is {@code REFUSED}, and the operator looks before retrying.
   *
   * @param checkFirst what the operator is to check on the platform before retrying the job
   */
  public static JobFailure unanswered(String message, String checkFirst) {
    return new JobFailure(Kind.REFUSED, message + " It may have been done anyway, so it is not retried: "
        + checkFirst, null, true);
  }

  /** The failure among the causes of a job's exception, if a call failed this way. */
  public static Optional<JobFailure> in(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JobFailure failure) {
        return Optional.of(failure);
      }
    }
    return Optional.empty();
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the platform may have done what was asked although the call failed (it did not answer). */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** The earliest moment a retry makes sense, when the platform said so. */
  public Optional<Instant> notBefore() {
    return Optional.ofNullable(notBefore);
  }
}
