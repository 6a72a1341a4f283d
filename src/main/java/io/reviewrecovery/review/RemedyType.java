package io.reviewrecovery.review;

/** The concrete remedies an agent can offer; always unconditional. */
public enum RemedyType {
  REFUND,
  REPLACEMENT,
  SERVICE_CREDIT,
  REDO_SERVICE
}
