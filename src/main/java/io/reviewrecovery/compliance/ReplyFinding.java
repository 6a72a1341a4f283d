package io.reviewrecovery.compliance;

/**
 * A part of a public reply that it must not contain.
 *
 * @param quote the offending part, as written
 * @param what what it is, e.g. "the customer's name"
 */
public record ReplyFinding(String quote, String what) {

  public String explanation() {
    return "\"%s\" is %s, which a public reply must not contain.".formatted(quote, what);
  }
}
