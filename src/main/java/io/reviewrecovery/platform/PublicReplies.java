package io.reviewrecovery.platform;

import io.reviewrecovery.compliance.CaseSpecifics;
import io.reviewrecovery.compliance.PublicReplyGuard;
import io.reviewrecovery.compliance.ReplyFinding;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The public reply under a review: drafted concise and professional, with no private details and
 * no specifics of the remedy, and posted at most once per case.
 */
@Service
public class PublicReplies {

  private static final Logger LOG = LoggerFactory.getLogger(PublicReplies.class);

  private final ReviewRecoveryProperties.Business business;
  private final ReviewPlatform platform;
  private final CommunicationLog log;
  private final PublicReplyGuard guard;

  public PublicReplies(ReviewRecoveryProperties properties, ReviewPlatform platform, CommunicationLog log,
      PublicReplyGuard guard) {
    this.business = properties.business();
    this.platform = platform;
    this.log = log;
    this.guard = guard;
  }

  /**
   * The reply says the issue was resolved privately only when the remedy was implemented and the
   * customer confirmed being satisfied. Otherwise it says no more than what is true of every case
   * that comes to a public reply, whether the customer declined, did not answer, did not say
   * whether they were satisfied or was not satisfied with any proposal: we were in touch privately.
   */
  public String draft(boolean remedyImplemented, boolean customerSatisfied) {
    String contact = "please contact us at " + business.contactEmail() + ".";
    if (remedyImplemented && customerSatisfied) {
      return "We sincerely apologize for the initial experience and confirm that this issue was resolved with the "
          + "customer privately. If there is anything else we can do, " + contact;
    }
    return "We sincerely apologize for the initial experience. We have been in touch with the customer privately to "
        + "put things right. If you would like to talk to us, " + contact;
  }

  /**
   * The reply to a reviewer we find no purchase from, when the platform keeps the review: calm and
   * factual, no accusation and no remedy, an invitation to get in touch so we can look into it.
   */
  public String draftForNonCustomer() {
    return "Thank you for your feedback. We take every concern seriously, but we have no record of an order or visit "
        + "that matches this review. We would like to understand what happened: please get in touch with us at "
        + contactMethods() + ".";
  }

  /**
   * The prompt acknowledgement under the review of a reviewer nobody can reach privately: short and
   * calm, an apology for the experience and an invitation to get in touch through the business's
   * general contact method; no personal details, nothing defensive.
   */
  public String draftAcknowledgement() {
    return "We are sorry to read about your experience, and we would like to put it right. Please get in touch with "
        + "us at " + contactMethods() + " so we can talk it through with you.";
  }

  private String contactMethods() {
    String phone = business.contactPhone();
    return business.contactEmail() + (phone == null || phone.isBlank() ? "" : " or on " + phone);
  }

  /**
   * What keeps this text from being posted under the review of this case: more bytes than the
   * platforms take, or anything private. Empty when it may be posted; a missing text has no
   * problems of its own here.
   */
  public List<String> problems(String text, CaseSpecifics specifics) {
    List<String> problems = new ArrayList<>();
    int bytes = text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Platform.MAX_REPLY_BYTES) {
      problems.add("Shorten the public reply to at most %d bytes (UTF-8); it has %d.".formatted(Platform.MAX_REPLY_BYTES, bytes));
    }
    guard.check(text, specifics).stream().map(ReplyFinding::explanation).forEach(problems::add);
    return problems;
  }

  /**
   * Posts the reply once. The text is checked again first, as it may have changed since it was
   * approved (e.g. edited in Cockpit before the job was retried): a text with problems is not
   * posted, and the job fails at once, without retries, quoting the problems.
   */
  public void post(String businessKey, PlatformReview review, String text, CaseSpecifics specifics) {
    postOnce(CommunicationKind.PUBLIC_REPLY, businessKey, review, text, specifics);
  }

  /**
   * Posts the acknowledgement once per case, through the same checks and adapter as the public
   * reply; a later public reply takes its place under the review.
   */
  public void postAcknowledgement(String businessKey, PlatformReview review, String text, CaseSpecifics specifics) {
    postOnce(CommunicationKind.PUBLIC_ACKNOWLEDGEMENT, businessKey, review, text, specifics);
  }

  private void postOnce(CommunicationKind kind, String businessKey, PlatformReview review, String text,
      CaseSpecifics specifics) {
    String what = kind == CommunicationKind.PUBLIC_REPLY ? "public reply" : "public acknowledgement";
    List<String> problems = problems(text, specifics);
    if (!problems.isEmpty()) {
      throw JobFailure.refused("The %s of case %s was not posted: %s".formatted(what, businessKey, String.join(" ", problems)));
    }
    String key = Communication.idempotencyKey(businessKey, kind, 1);
    String recipient = review.platform() + " review " + review.platformReviewId();
    Communication entry = new Communication(key, businessKey, kind, Channel.PLATFORM_PUBLIC, recipient, null, text,
        Instant.now());
    if (log.deliverOnce(entry, () -> platform.postPublicReply(review, text))) {
      LOG.info("Case {}: {} posted", businessKey, what);
    } else {
      LOG.info("Case {}: {} was already posted, not posting again", businessKey, what);
    }
  }
}
