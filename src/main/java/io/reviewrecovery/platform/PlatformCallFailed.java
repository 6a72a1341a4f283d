package io.reviewrecovery.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * A call to a review platform that did not succeed, saying whether trying again can help. The job
 * that made the call fails with this message, and {@link PlatformJobRetries} acts on the kind: a
 * refusal becomes an incident at once, an unavailable platform is retried no earlier than it
 * asked, and a used-up daily limit waits for the next day without using up the job's retries.
 */
public class PlatformCallFailed extends RuntimeException {

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

  private PlatformCallFailed(Kind kind, String message, Instant notBefore, boolean outcomeUnknown) {
    super(message);
    this.kind = kind;
    this.notBefore = notBefore;
    this.outcomeUnknown = outcomeUnknown;
  }

  public static PlatformCallFailed refused(String message) {
    return new PlatformCallFailed(Kind.REFUSED, message + " Not retried: fix the cause, then retry the job (e.g. in Cockpit).",
        null, false);
  }

  public static PlatformCallFailed unavailable(String message, Instant notBefore) {
    return new PlatformCallFailed(Kind.UNAVAILABLE,
        notBefore == null ? message : message + " Retried no earlier than " + notBefore + ".", notBefore, false);
  }

  public static PlatformCallFailed limitReached(String message, Instant notBefore) {
    return new PlatformCallFailed(Kind.LIMIT_REACHED, message + " Retried from " + notBefore + ".", notBefore, false);
  }

  /**
   * No answer to a request the platform does not de-duplicate: it may have taken effect, and a
   * retry could do it twice. So it is {@code REFUSED}, and the operator looks before retrying.
   *
   * @param checkFirst what the operator is to check on the platform before retrying the job
   */
  public static PlatformCallFailed unanswered(String message, String checkFirst) {
    return new PlatformCallFailed(Kind.REFUSED, message + " It may have been done anyway, so it is not retried: "
        + checkFirst, null, true);
  }

  /** The failure among the causes of a job's exception, if a platform call failed. */
  public static Optional<PlatformCallFailed> in(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof PlatformCallFailed failure) {
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
