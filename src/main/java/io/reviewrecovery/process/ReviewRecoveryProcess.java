package io.reviewrecovery.process;

/**
 * Ids of the elements of {@code processes/NegativeReviewRecovery.bpmn} that code and tests refer
 * to, and the names of the messages it waits for.
 */
public final class ReviewRecoveryProcess {

  public static final String PROCESS_ID = "NegativeReviewRecovery";

  /** {@code processes/ReviewRecheck.bpmn}: a case's review looked up again some time after its public reply. */
  public static final String RECHECK_PROCESS_ID = "ReviewRecheck";
  /** Starts the re-check; sent by the end events of a case that ended with a public reply. */
  public static final String MESSAGE_PUBLIC_REPLY_POSTED = "PublicReplyPosted";
  public static final String TIMER_RECHECK_DUE = "Timer_RecheckDue";
  public static final String TASK_RECHECK_REVIEW = "Task_RecheckReview";
  public static final String END_FINAL_REVIEW_KEPT = "EndEvent_FinalReviewKept";

  public static final String START_REVIEW_RECEIVED = "StartEvent_ReviewReceived";

  public static final String TASK_VERIFY_REVIEWER = "Task_VerifyReviewer";
  public static final String TASK_ASSESS_TERMS = "Task_AssessTerms";
  public static final String TASK_REPORT_TO_PLATFORM = "Task_ReportToPlatform";
  public static final String TASK_RECORD_PLATFORM_DECISION = "Task_RecordPlatformDecision";
  public static final String TASK_SUGGEST_OUTREACH_CHANNEL = "Task_SuggestOutreachChannel";
  public static final String TASK_PREPARE_OUTREACH = "Task_PrepareOutreach";
  public static final String TASK_SEND_PRIVATE_OUTREACH = "Task_SendPrivateOutreach";
  public static final String TASK_RECORD_CUSTOMER_ANSWER = "Task_RecordCustomerAnswer";
  public static final String TASK_IMPLEMENT_REMEDY = "Task_ImplementRemedy";
  public static final String TASK_ASK_SATISFACTION = "Task_AskSatisfaction";
  public static final String TASK_RECORD_SATISFACTION = "Task_RecordSatisfaction";
  public static final String TASK_ASK_REVIEW_UPDATE = "Task_AskReviewUpdate";
  public static final String TASK_FOLLOW_UP_ON_REVIEW = "Task_FollowUpOnReview";
  public static final String TASK_APPROVE_PUBLIC_REPLY = "Task_ApprovePublicReply";
  public static final String TASK_POST_PUBLIC_REPLY = "Task_PostPublicReply";
  public static final String TASK_CHASE_LATE_OUTREACH = "Task_ChaseLateOutreach";
  public static final String TASK_CHASE_LATE_PUBLIC_REPLY = "Task_ChaseLatePublicReply";
  public static final String TASK_APPROVE_ACKNOWLEDGEMENT = "Task_ApproveAcknowledgement";
  public static final String TASK_POST_ACKNOWLEDGEMENT = "Task_PostAcknowledgement";
  public static final String TASK_RECORD_REVIEWER_CONTACT = "Task_RecordReviewerContact";
  public static final String TASK_CHASE_LATE_ASSESSMENT = "Task_ChaseLateAssessment";
  public static final String TASK_CHASE_LATE_ACKNOWLEDGEMENT = "Task_ChaseLateAcknowledgement";
  public static final String TASK_CHASE_LATE_PROPOSAL = "Task_ChaseLateProposal";
  public static final String TASK_CHASE_LATE_REMEDY = "Task_ChaseLateRemedy";

  public static final String GATEWAY_TERMS_VIOLATED = "Gateway_TermsViolated";
  public static final String GATEWAY_REVIEW_REMOVED = "Gateway_ReviewRemoved";
  public static final String GATEWAY_CONTACT_BY_PHONE = "Gateway_ContactByPhone";
  public static final String GATEWAY_REMEDY_ACCEPTED = "Gateway_RemedyAccepted";
  public static final String GATEWAY_CUSTOMER_SATISFIED = "Gateway_CustomerSatisfied";
  public static final String GATEWAY_PROPOSAL_LIMIT_REACHED = "Gateway_ProposalLimitReached";
  public static final String GATEWAY_UPDATE_REQUEST_ALLOWED = "Gateway_UpdateRequestAllowed";
  public static final String GATEWAY_REVIEW_UPDATED = "Gateway_ReviewUpdated";
  public static final String GATEWAY_FIRST_OUTREACH_MADE = "Gateway_FirstOutreachMade";
  public static final String GATEWAY_REVIEWER_IS_CUSTOMER = "Gateway_ReviewerIsCustomer";
  public static final String GATEWAY_PRIVATE_CHANNEL_KNOWN = "Gateway_PrivateChannelKnown";
  public static final String GATEWAY_FINAL_REFUSAL = "Gateway_FinalRefusal";
  public static final String GATEWAY_REMEDY_IMPLEMENTED = "Gateway_RemedyImplemented";
  public static final String GATEWAY_DUE_AS_FIRST_OUTREACH = "Gateway_DueAsFirstOutreach";
  public static final String GATEWAY_REPORTED_TO_PLATFORM = "Gateway_ReportedToPlatform";

  public static final String BOUNDARY_NO_PLATFORM_DECISION = "BoundaryEvent_NoPlatformDecision";
  public static final String BOUNDARY_NO_CUSTOMER_ANSWER = "BoundaryEvent_NoCustomerAnswer";
  public static final String BOUNDARY_NO_SATISFACTION_ANSWER = "BoundaryEvent_NoSatisfactionAnswer";
  public static final String BOUNDARY_NO_REVIEW_UPDATE = "BoundaryEvent_NoReviewUpdate";
  public static final String BOUNDARY_PUBLIC_REPLY_OVERDUE = "BoundaryEvent_PublicReplyOverdue";
  public static final String BOUNDARY_ASSESSMENT_OVERDUE = "BoundaryEvent_AssessmentOverdue";
  public static final String BOUNDARY_ACKNOWLEDGEMENT_OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
  public static final String BOUNDARY_NO_REVIEWER_CONTACT = "BoundaryEvent_NoReviewerContact";
  public static final String BOUNDARY_PROPOSAL_OVERDUE = "BoundaryEvent_ProposalOverdue";
  public static final String BOUNDARY_REMEDY_OVERDUE = "BoundaryEvent_RemedyOverdue";

  /** The interrupting event subprocesses that end a case whenever the platform reports its review removed or updated. */
  public static final String SUBPROCESS_REVIEW_REMOVED = "SubProcess_ReviewRemoved";
  public static final String START_REVIEW_REMOVED = "StartEvent_ReviewRemoved";
  public static final String SUBPROCESS_REVIEW_UPDATED = "SubProcess_ReviewUpdated";
  public static final String START_REVIEW_UPDATED = "StartEvent_ReviewUpdated";

  /** The non-interrupting event subprocess that escalates a late first outreach, and its timer. */
  public static final String SUBPROCESS_FIRST_OUTREACH_OVERDUE = "SubProcess_FirstOutreachOverdue";
  public static final String START_FIRST_OUTREACH_DUE = "StartEvent_FirstOutreachDue";
  public static final String EVENT_PLATFORM_ANSWERED = "Event_PlatformAnswered";
  public static final String EVENT_FIRST_OUTREACH_DUE_AGAIN = "Event_FirstOutreachDueAgain";

  public static final String END_REVIEW_REMOVED_BY_PLATFORM = "EndEvent_ReviewRemovedByPlatform";
  public static final String END_REVIEW_UPDATED = "EndEvent_ReviewUpdated";
  public static final String END_PUBLIC_REPLY_POSTED = "EndEvent_PublicReplyPosted";
  public static final String END_LATE_OUTREACH_CHASED = "EndEvent_LateOutreachChased";
  public static final String END_FIRST_OUTREACH_ON_TIME = "EndEvent_FirstOutreachOnTime";
  public static final String END_LATE_PUBLIC_REPLY_CHASED = "EndEvent_LatePublicReplyChased";
  public static final String END_ACKNOWLEDGEMENT_STANDS = "EndEvent_AcknowledgementStands";
  public static final String END_REPORTED_REVIEW_REMOVED = "EndEvent_ReportedReviewRemoved";
  public static final String END_REVIEW_REMOVED_BY_REVIEWER = "EndEvent_ReviewRemovedByReviewer";
  public static final String END_REVIEW_UPDATED_MID_CASE = "EndEvent_ReviewUpdatedMidCase";
  public static final String END_LATE_ASSESSMENT_CHASED = "EndEvent_LateAssessmentChased";
  public static final String END_LATE_ACKNOWLEDGEMENT_CHASED = "EndEvent_LateAcknowledgementChased";
  public static final String END_LATE_PROPOSAL_CHASED = "EndEvent_LateProposalChased";
  public static final String END_PROPOSAL_CHASED_AS_OUTREACH = "EndEvent_ProposalChasedAsOutreach";
  public static final String END_LATE_REMEDY_CHASED = "EndEvent_LateRemedyChased";

  /** Correlated when the platform reports the review as removed. */
  public static final String MESSAGE_REVIEW_REMOVED = "ReviewRemoved";
  /** Correlated when the platform reports that the reviewer updated the review. */
  public static final String MESSAGE_REVIEW_UPDATED = "ReviewUpdated";

  public static final String GROUP_SUPPORT = "support";
  public static final String GROUP_REPUTATION = "reputation";
  /** Users of the review feeds and platform integrations: the case API only. */
  public static final String GROUP_INTEGRATION = "integration";
  /** Metrics scrapers: health and metrics on the management port only. */
  public static final String GROUP_MONITORING = "monitoring";
  /** Auditors: read every case's story in Cockpit, running or ended, and change nothing. */
  public static final String GROUP_AUDIT = "audit";

  private ReviewRecoveryProcess() {
  }
}
