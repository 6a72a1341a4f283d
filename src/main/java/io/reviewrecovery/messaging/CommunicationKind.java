package io.reviewrecovery.messaging;

/** Why a message was sent or a post was made. */
public enum CommunicationKind {
  /** The private apology with the proposed remedy. */
  OUTREACH,
  /** After the remedy is implemented: is the customer satisfied? */
  SATISFACTION_CHECK,
  /** The one gentle request to update the review. */
  UPDATE_REQUEST,
  /** The reply posted publicly under the review. */
  PUBLIC_REPLY,
  /**
   * The prompt, short public response under the review of a reviewer nobody can reach privately:
   * an apology and an invitation to get in touch. Posted once per case; a later public reply replaces it.
   */
  PUBLIC_ACKNOWLEDGEMENT,
  /**
   * An invitation to review the business, sent to every customer with a recent purchase; its
   * business key is the customer's ({@code customer:<id>}), not a case's.
   */
  REVIEW_INVITATION
}
