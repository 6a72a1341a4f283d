package io.reviewrecovery.process;

import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.TermsViolationReason;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * Every variable of the review recovery process, with its type: the process's vocabulary. A new
 * variable, also one a form field or a BPMN/DMN expression introduces, is declared here first
 * ({@code ProcessVocabularyTest} fails on any form field key or expression variable missing here).
 * Start the process and complete tasks with {@link VariableValues}.
 */
public final class ReviewVariables {

  // The review, as received
  public static final ProcessVariable<String> PLATFORM = ProcessVariable.of("platform", String.class);
  public static final ProcessVariable<String> PLATFORM_REVIEW_ID = ProcessVariable.of("platformReviewId", String.class);
  public static final ProcessVariable<Integer> REVIEW_RATING = ProcessVariable.of("reviewRating", Integer.class);
  public static final ProcessVariable<String> REVIEW_TEXT = ProcessVariable.of("reviewText", String.class);
  public static final ProcessVariable<String> REVIEWER_NAME = ProcessVariable.of("reviewerName", String.class);
  public static final ProcessVariable<String> REVIEWER_EMAIL = ProcessVariable.of("reviewerEmail", String.class);
  public static final ProcessVariable<String> ORDER_REFERENCE = ProcessVariable.of("orderReference", String.class);
  public static final ProcessVariable<String> REVIEW_URL = ProcessVariable.of("reviewUrl", String.class);
  public static final ProcessVariable<Date> REVIEW_PUBLISHED_AT = ProcessVariable.of("reviewPublishedAt", Date.class);

  // Verification of the reviewer against the transaction records
  public static final ProcessVariable<Boolean> REVIEWER_VERIFIED = ProcessVariable.of("reviewerVerified", Boolean.class);
  public static final ProcessVariable<String> VERIFICATION_FINDING = ProcessVariable.of("verificationFinding", String.class);
  public static final ProcessVariable<Long> CUSTOMER_ID = ProcessVariable.of("customerId", Long.class);
  public static final ProcessVariable<Long> TRANSACTION_ID = ProcessVariable.of("transactionId", Long.class);
  public static final ProcessVariable<String> CUSTOMER_PHONE = ProcessVariable.of("customerPhone", String.class);
  public static final ProcessVariable<Boolean> CUSTOMER_HIGH_VALUE = ProcessVariable.of("customerHighValue", Boolean.class);
  /**
   * Whether the case treats the reviewer as a customer: the verification's finding, which the
   * assessor may override (a customer who paid in cash). A non-customer is offered no remedy.
   */
  public static final ProcessVariable<Boolean> REVIEWER_IS_CUSTOMER = ProcessVariable.of("reviewerIsCustomer", Boolean.class);
  /** Contact details the reviewer gave after the public acknowledgement, or staff found; recorded on that task only. */
  public static final ProcessVariable<String> REVIEWER_CONTACT_EMAIL = ProcessVariable.of("reviewerContactEmail", String.class);
  public static final ProcessVariable<String> REVIEWER_CONTACT_PHONE = ProcessVariable.of("reviewerContactPhone", String.class);

  // Terms of service
  /** Automatic findings for the assessor (private information, spam signals, unverified reviewer), one per line. */
  public static final ProcessVariable<String> TERMS_PRE_SCREEN = ProcessVariable.of("termsPreScreen", String.class);
  public static final ProcessVariable<Boolean> TERMS_VIOLATED = ProcessVariable.of("termsViolated", Boolean.class);
  /** The reasons ticked on the assessment form's checklist. */
  public static final ProcessVariable<List<TermsViolationReason>> VIOLATION_REASONS =
      ProcessVariable.ofEnumList("violationReasons", TermsViolationReason.class);
  public static final ProcessVariable<String> VIOLATION_EVIDENCE = ProcessVariable.of("violationEvidence", String.class);
  public static final ProcessVariable<String> PLATFORM_REPORT_TEXT = ProcessVariable.of("platformReportText", String.class);
  public static final ProcessVariable<String> PLATFORM_REPORT_REFERENCE = ProcessVariable.of("platformReportReference", String.class);
  public static final ProcessVariable<Boolean> REVIEW_REMOVED_BY_PLATFORM = ProcessVariable.of("reviewRemovedByPlatform", Boolean.class);

  // The channel suggestion (processes/SuggestOutreachChannel.dmn): inputs local to its task, then its outputs
  public static final ProcessVariable<Boolean> EMAIL_ON_RECORD = ProcessVariable.of("emailOnRecord", Boolean.class);
  public static final ProcessVariable<Boolean> PHONE_ON_RECORD = ProcessVariable.of("phoneOnRecord", Boolean.class);
  public static final ProcessVariable<Boolean> PLATFORM_MESSAGES_AVAILABLE = ProcessVariable.of("platformMessagesAvailable", Boolean.class);
  public static final ProcessVariable<Channel> SUGGESTED_CHANNEL = ProcessVariable.ofEnum("suggestedChannel", Channel.class);
  public static final ProcessVariable<String> CHANNEL_SUGGESTION_REASON = ProcessVariable.of("channelSuggestionReason", String.class);

  // Private outreach: the current proposal
  public static final ProcessVariable<Channel> OUTREACH_CHANNEL = ProcessVariable.ofEnum("outreachChannel", Channel.class);
  public static final ProcessVariable<String> APOLOGY_MESSAGE = ProcessVariable.of("apologyMessage", String.class);
  public static final ProcessVariable<RemedyType> REMEDY_TYPE = ProcessVariable.ofEnum("remedyType", RemedyType.class);
  public static final ProcessVariable<String> REMEDY_DETAILS = ProcessVariable.of("remedyDetails", String.class);
  public static final ProcessVariable<Double> REFUND_AMOUNT = ProcessVariable.of("refundAmount", Double.class);
  /** The day on which the refund will be processed, stored as the ISO date (yyyy-MM-dd) the form's date picker submits. */
  public static final ProcessVariable<LocalDate> REFUND_DATE =
      ProcessVariable.storedAs("refundDate", "LocalDate", String.class, LocalDate::parse, LocalDate::toString);
  public static final ProcessVariable<Integer> PROPOSAL_COUNT = ProcessVariable.of("proposalCount", Integer.class);

  // The customer's answers
  public static final ProcessVariable<Boolean> REMEDY_ACCEPTED = ProcessVariable.of("remedyAccepted", Boolean.class);
  public static final ProcessVariable<String> CUSTOMER_ANSWER_NOTE = ProcessVariable.of("customerAnswerNote", String.class);
  /** Why the customer declined the proposal and what would put it right, for the next one. */
  public static final ProcessVariable<String> DECLINE_REASON = ProcessVariable.of("declineReason", String.class);
  /** The customer wants no further proposal: the case turns to a public reply. */
  public static final ProcessVariable<Boolean> FINAL_REFUSAL = ProcessVariable.of("finalRefusal", Boolean.class);
  public static final ProcessVariable<Boolean> REMEDY_IMPLEMENTED = ProcessVariable.of("remedyImplemented", Boolean.class);
  public static final ProcessVariable<String> REMEDY_IMPLEMENTATION_NOTE = ProcessVariable.of("remedyImplementationNote", String.class);
  /** Why the accepted remedy could not be carried out; the next proposal starts from it. */
  public static final ProcessVariable<String> REMEDY_NOT_DONE_REASON = ProcessVariable.of("remedyNotDoneReason", String.class);
  public static final ProcessVariable<Boolean> CUSTOMER_SATISFIED = ProcessVariable.of("customerSatisfied", Boolean.class);
  public static final ProcessVariable<String> SATISFACTION_NOTE = ProcessVariable.of("satisfactionNote", String.class);
  public static final ProcessVariable<Boolean> REVIEW_UPDATED = ProcessVariable.of("reviewUpdated", Boolean.class);

  // Public reply
  public static final ProcessVariable<String> PUBLIC_REPLY_TEXT = ProcessVariable.of("publicReplyText", String.class);
  /** The prompt public acknowledgement, when the reviewer cannot be reached privately. */
  public static final ProcessVariable<String> ACKNOWLEDGEMENT_TEXT = ProcessVariable.of("acknowledgementText", String.class);
  public static final ProcessVariable<Date> ACKNOWLEDGEMENT_POSTED_AT = ProcessVariable.of("acknowledgementPostedAt", Date.class);

  // Response targets and escalations
  public static final ProcessVariable<Date> FIRST_OUTREACH_DUE_AT = ProcessVariable.of("firstOutreachDueAt", Date.class);
  /** When the first proposal reached the customer: sent, or, by phone, when the call's answer was recorded. */
  public static final ProcessVariable<Date> FIRST_OUTREACH_AT = ProcessVariable.of("firstOutreachAt", Date.class);
  /** When a reported case came back from the platform, which kept the review; its first outreach is due again from then. */
  public static final ProcessVariable<Date> PLATFORM_ANSWERED_AT = ProcessVariable.of("platformAnsweredAt", Date.class);
  public static final ProcessVariable<Date> FIRST_OUTREACH_ESCALATED_AT = ProcessVariable.of("firstOutreachEscalatedAt", Date.class);
  public static final ProcessVariable<Date> PUBLIC_REPLY_DUE_AT = ProcessVariable.of("publicReplyDueAt", Date.class);
  public static final ProcessVariable<Date> PUBLIC_REPLY_ESCALATED_AT = ProcessVariable.of("publicReplyEscalatedAt", Date.class);
  public static final ProcessVariable<Date> ASSESSMENT_DUE_AT = ProcessVariable.of("assessmentDueAt", Date.class);
  public static final ProcessVariable<Date> ASSESSMENT_ESCALATED_AT = ProcessVariable.of("assessmentEscalatedAt", Date.class);
  public static final ProcessVariable<Date> ACKNOWLEDGEMENT_DUE_AT = ProcessVariable.of("acknowledgementDueAt", Date.class);
  public static final ProcessVariable<Date> ACKNOWLEDGEMENT_ESCALATED_AT = ProcessVariable.of("acknowledgementEscalatedAt", Date.class);
  /** When the current "Prepare apology and remedy" is due; set anew for each proposal. */
  public static final ProcessVariable<Date> PROPOSAL_DUE_AT = ProcessVariable.of("proposalDueAt", Date.class);
  public static final ProcessVariable<Date> PROPOSAL_ESCALATED_AT = ProcessVariable.of("proposalEscalatedAt", Date.class);
  /** When the current "Implement remedy" is due; set anew for each accepted proposal. */
  public static final ProcessVariable<Date> REMEDY_DUE_AT = ProcessVariable.of("remedyDueAt", Date.class);
  public static final ProcessVariable<Date> REMEDY_ESCALATED_AT = ProcessVariable.of("remedyEscalatedAt", Date.class);
  /** What the reputation team reads on a chase task: the case, the missed target, how late; local to the task. */
  public static final ProcessVariable<String> ESCALATION_SUMMARY = ProcessVariable.of("escalationSummary", String.class);
  public static final ProcessVariable<ChaseOutcome> CHASE_OUTCOME = ProcessVariable.ofEnum("chaseOutcome", ChaseOutcome.class);
  public static final ProcessVariable<String> CHASE_NOTE = ProcessVariable.of("chaseNote", String.class);
  /** The user name of the colleague a chase hands the late task to. */
  public static final ProcessVariable<String> LATE_WORK_ASSIGNEE = ProcessVariable.of("lateWorkAssignee", String.class);

  // The re-check of the review after the public reply (processes/ReviewRecheck.bpmn)
  /** PUBLISHED, REMOVED or UNKNOWN: what the re-check found, as the case register keeps it. */
  public static final ProcessVariable<String> FINAL_REVIEW_STATE = ProcessVariable.of("finalReviewState", String.class);
  /** The review's stars when it was looked up again; unset unless it is still published. */
  public static final ProcessVariable<Integer> FINAL_RATING = ProcessVariable.of("finalRating", Integer.class);

  // Shown on the forms only
  /** What happened so far in the case, a variable of each user task (never of the case), shown read-only on its form. */
  public static final ProcessVariable<String> CASE_HISTORY = ProcessVariable.of("caseHistory", String.class);

  /** The yes/no answers people give on forms. */
  public static final List<ProcessVariable<Boolean>> YES_NO_ANSWERS = List.of(
      TERMS_VIOLATED, REVIEWER_IS_CUSTOMER, REVIEW_REMOVED_BY_PLATFORM, REMEDY_ACCEPTED, FINAL_REFUSAL, REMEDY_IMPLEMENTED,
      CUSTOMER_SATISFIED, REVIEW_UPDATED);

  private ReviewVariables() {
  }
}
