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
    /** The platform said no (a 4xx other than 429), or the request cannot be right: retrying changes nothing. */
    REFUSED,
    /** No answer, a 5xx or a 429: retried with the job's retry cycle, not before {@link #notBefore()}. */
    UNAVAILABLE,
    /** A limit on how many posts a day: retried once the limit allows, without counting as an attempt. */
    LIMIT_REACHED
  }

  private final Kind kind;
  private final Instant notBefore;

  private PlatformCallFailed(Kind kind, String message, Instant notBefore) {
    super(message);
    this.kind = kind;
    this.notBefore = notBefore;
  }

  public static PlatformCallFailed refused(String message) {
    return new PlatformCallFailed(Kind.REFUSED, message + " Not retried: fix the cause, then retry the job (e.g. in Cockpit).", null);
  }

  public static PlatformCallFailed unavailable(String message, Instant notBefore) {
    return new PlatformCallFailed(Kind.UNAVAILABLE,
        notBefore == null ? message : message + " Retried no earlier than " + notBefore + ".", notBefore);
  }

  public static PlatformCallFailed limitReached(String message, Instant notBefore) {
    return new PlatformCallFailed(Kind.LIMIT_REACHED, message + " Retried from " + notBefore + ".", notBefore);
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

  /** The earliest moment a retry makes sense, when the platform said so. */
  public Optional<Instant> notBefore() {
    return Optional.ofNullable(notBefore);
  }
}
