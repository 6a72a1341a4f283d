package io.reviewrecovery.outreach;

import io.reviewrecovery.compliance.OutreachGuard;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.messaging.CustomerMessage;
import io.reviewrecovery.messaging.CustomerMessenger;
import io.reviewrecovery.platform.PlatformDirectMessages;
import io.reviewrecovery.responses.ResponseLink;
import io.reviewrecovery.responses.ResponseLinks;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Proposal;
import io.reviewrecovery.review.Reviewer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the private messages of a case, each at most once: the proposal, the satisfaction check
 * after each implemented remedy, and the single update request. Each message carries the links
 * through which the customer can answer it.
 */
@Service
public class CustomerOutreach {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerOutreach.class);

  private final CustomerMessages messages;
  private final CustomerContacts contacts;
  private final CustomerMessenger messenger;
  private final CommunicationLog log;
  private final ResponseLinks responseLinks;
  private final PlatformDirectMessages directMessages;
  private final OutreachGuard guard;

  public CustomerOutreach(CustomerMessages messages, CustomerContacts contacts, CustomerMessenger messenger,
      CommunicationLog log, ResponseLinks responseLinks, PlatformDirectMessages directMessages, OutreachGuard guard) {
    this.messages = messages;
    this.contacts = contacts;
    this.messenger = messenger;
    this.log = log;
    this.responseLinks = responseLinks;
    this.directMessages = directMessages;
    this.guard = guard;
  }

  /**
   * What keeps the agent's apology and remedy details from being sent: each sentence that offers
   * something for the review, threatens, asks for a change to the review or mentions it. Empty when
   * they may be sent.
   */
  public List<String> problems(String apology, String remedyDetails) {
    return Stream.concat(
        guard.check(apology).stream().map(breach -> "Apology: " + breach.explanation()),
        guard.check(remedyDetails).stream().map(breach -> "Remedy details: " + breach.explanation())).toList();
  }

  /**
   * Sends the proposal once. Its texts are checked again first, as they may have changed since the
   * agent completed the task (e.g. edited in Cockpit before the job was retried): a proposal with
   * problems is not sent, and the job fails at once, without retries, quoting the problems.
   */
  public void sendProposal(Reviewer reviewer, Proposal proposal) {
    if (proposal.channel() == Channel.PHONE) {
      throw new IllegalArgumentException("A phone proposal is made by the agent, not sent");
    }
    List<String> problems = problems(proposal.apology(), proposal.remedyDetails());
    if (!problems.isEmpty()) {
      throw JobFailure.refused("Proposal %d of case %s was not sent: %s"
          .formatted(proposal.number(), reviewer.businessKey(), String.join(" ", problems)));
    }
    send(reviewer, CommunicationKind.OUTREACH, proposal.number(), proposal.channel(),
        links -> messages.outreach(reviewer, proposal, links));
  }

  public void askSatisfaction(Reviewer reviewer, Proposal proposal) {
    send(reviewer, CommunicationKind.SATISFACTION_CHECK, proposal.number(), followUpChannel(reviewer, proposal.channel()),
        links -> messages.satisfactionCheck(reviewer, proposal, links));
  }

  /** The one request per case to update the review; a second call finds the first and sends nothing. */
  public void askToUpdateReview(Reviewer reviewer, Channel outreachChannel) {
    send(reviewer, CommunicationKind.UPDATE_REQUEST, 1, followUpChannel(reviewer, outreachChannel),
        links -> messages.updateRequest(reviewer, links));
  }

  /**
   * Follow-ups go where the proposal went. After a phone call they go in writing where the customer
   * can be reached in writing (email, else the platform's messages); otherwise the agent asks by
   * phone again.
   */
  private Channel followUpChannel(Reviewer reviewer, Channel outreachChannel) {
    if (outreachChannel != Channel.PHONE) {
      return outreachChannel;
    }
    if (contacts.email(reviewer).isPresent()) {
      return Channel.EMAIL;
    }
    return directMessages.unavailable(reviewer.platform()).isEmpty() ? Channel.PLATFORM_MESSAGE : Channel.PHONE;
  }

  /**
   * Sends the message once. By phone nothing is sent: the entry records what the agent is to ask
   * and the number to call, once, like any other message.
   */
  private void send(Reviewer reviewer, CommunicationKind kind, int sequence, Channel channel,
      Function<List<ResponseLink>, CustomerMessages.Text> wording) {
    String key = Communication.idempotencyKey(reviewer.businessKey(), kind, sequence);
    String recipient = switch (channel) {
      case EMAIL -> contacts.email(reviewer).orElseThrow(
          () -> new IllegalStateException("Case " + reviewer.businessKey() + " has no email address for the customer"));
      case PLATFORM_MESSAGE -> contacts.platformAddress(reviewer);
      case PHONE -> contacts.phone(reviewer).orElseThrow(
          () -> new IllegalStateException("Case " + reviewer.businessKey() + " has no way to reach the customer: no email, "
              + "no platform messages and no phone on record"));
      case PLATFORM_PUBLIC -> throw new IllegalArgumentException(channel + " is not a channel to a customer");
    };
    boolean byPhone = channel == Channel.PHONE;
    CustomerMessages.Text text = wording.apply(byPhone ? List.of() : responseLinks.forMessage(reviewer.businessKey(), kind, sequence));
    CustomerMessage message = new CustomerMessage(key, reviewer.businessKey(), channel, recipient, text.subject(), text.body(),
        text.html());
    Communication entry = new Communication(key, reviewer.businessKey(), kind, channel, recipient, text.subject(),
        text.body(), Instant.now());
    if (!log.deliverOnce(entry, byPhone ? () -> { } : () -> messenger.deliver(message))) {
      LOG.info("Case {}: {} was already sent, not sending again", reviewer.businessKey(), kind);
    } else if (byPhone) {
      LOG.info("Case {}: {} is for the agent to ask by phone", reviewer.businessKey(), kind);
    } else {
      LOG.info("Case {}: {} sent by {}", reviewer.businessKey(), kind, channel);
    }
  }
}
