package io.reviewrecovery.responses;

import org.springframework.http.HttpStatus;

/** A response link that cannot be used; nothing was changed. */
public class LinkRefused extends RuntimeException {

  /** Why, with the HTTP status the customer's page is answered with. */
  public enum Reason {
    /** Not a link we made: malformed or with a signature that does not match. */
    INVALID(HttpStatus.BAD_REQUEST),
    EXPIRED(HttpStatus.GONE),
    /** This message was already answered through one of its links. */
    ALREADY_ANSWERED(HttpStatus.GONE),
    /** Nobody waits for this answer any more: staff recorded one, the wait ran out, or a newer proposal was made. */
    NO_LONGER_OPEN(HttpStatus.GONE);

    private final HttpStatus status;

    Reason(HttpStatus status) {
      this.status = status;
    }

    public HttpStatus status() {
      return status;
    }
  }

  private final Reason reason;

  public LinkRefused(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
