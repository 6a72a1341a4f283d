package io.reviewrecovery.platform;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.messaging.Channel;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import java.time.Instant;
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

  public PublicReplies(ReviewRecoveryProperties properties, ReviewPlatform platform, CommunicationLog log) {
    this.business = properties.business();
    this.platform = platform;
    this.log = log;
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

  public void post(String businessKey, PlatformReview review, String text) {
    String key = Communication.idempotencyKey(businessKey, CommunicationKind.PUBLIC_REPLY, 1);
    String recipient = review.platform() + " review " + review.platformReviewId();
    Communication entry = new Communication(key, businessKey, CommunicationKind.PUBLIC_REPLY, Channel.PLATFORM_PUBLIC,
        recipient, null, text, Instant.now());
    if (log.deliverOnce(entry, () -> platform.postPublicReply(review, text))) {
      LOG.info("Case {}: public reply posted", businessKey);
    } else {
      LOG.info("Case {}: public reply was already posted, not posting again", businessKey);
    }
  }
}
