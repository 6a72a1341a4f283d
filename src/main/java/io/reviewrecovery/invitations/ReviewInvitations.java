package io.reviewrecovery.invitations;

import io.reviewrecovery.compliance.InvitationGuard;
import io.reviewrecovery.compliance.SentenceBreach;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.messaging.CustomerMessage;
import io.reviewrecovery.messaging.CustomerMessenger;
import io.reviewrecovery.outreach.CustomerMessages;
import io.reviewrecovery.review.Channel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites every customer with a recent completed purchase to review the business, by email, at most
 * once per period, unless they opted out. Who is invited depends only on purchases, email address,
 * opt-outs and earlier invitations, never on satisfaction, ratings, complaints or cases: inviting
 * only the happy ones (review gating) is forbidden by the FTC and the platforms.
 *
 * <p>A purchase counts as completed once its day is over: the records hold purchases as they were
 * made, with no status or delivery date. Each invitation is its own transaction: its entry in the
 * communication log, keyed by the customer and the day of the run, is written before the email goes
 * out. So a second node that picked the same customer at the same time fails on that
 * key and sends nothing, and a failed email leaves no entry, so the next run tries again.
 */
@Service
public class ReviewInvitations {

  /** The business key of a customer's invitations in the communication log, followed by the customer's id. */
  static final String CUSTOMER_KEY = "customer:";

  private static final Logger LOG = LoggerFactory.getLogger(ReviewInvitations.class);
  private static final String INVITED = CommunicationKind.REVIEW_INVITATION.name();

  private final JdbcTemplate jdbc;
  private final TransactionTemplate eachInvitation;
  private final CustomerMessages messages;
  private final CustomerMessenger messenger;
  private final CommunicationLog log;
  private final InvitationOptOuts optOuts;
  private final InvitationGuard guard;
  private final InvitationProperties settings;

  public ReviewInvitations(JdbcTemplate jdbc, PlatformTransactionManager transactions, CustomerMessages messages,
      CustomerMessenger messenger, CommunicationLog log, InvitationOptOuts optOuts, InvitationGuard guard,
      InvitationProperties settings) {
    this.jdbc = jdbc;
    this.eachInvitation = new TransactionTemplate(transactions);
    this.messages = messages;
    this.messenger = messenger;
    this.log = log;
    this.optOuts = optOuts;
    this.guard = guard;
    this.settings = settings;
  }

  /** Sends the invitations that are due now; returns how many were sent. */
  public int inviteAll() {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(settings.zone());
    List<Invitee> due = due(today, now);
    int sent = 0;
    for (Invitee invitee : due) {
      try {
        if (Boolean.TRUE.equals(eachInvitation.execute(status -> invite(invitee, today, now)))) {
          sent++;
        }
      } catch (DuplicateKeyException anotherNode) {
        LOG.info("Customer {}: today's review invitation was sent by another node", invitee.customerId());
      } catch (RuntimeException failed) {
        LOG.warn("Customer {}: review invitation not sent; the next run tries again: {}", invitee.customerId(),
            failed.getMessage());
      }
    }
    LOG.info("Review invitations: {} sent, {} due", sent, due.size());
    return sent;
  }

  private record Invitee(long customerId, String name, String email) {
  }

  /**
   * Customers with an email address and a purchase completed within the lookback (before today),
   * neither opted out nor invited within the period, under their own number or their address. One
   * per address, the customer record that came first.
   */
  private List<Invitee> due(LocalDate today, Instant now) {
    List<Invitee> customers = jdbc.query("""
            select c.id, c.full_name, c.email
              from customer c
             where c.email like '%%_@_%%'
               and exists (select 1 from customer_transaction t
                            where t.customer_id = c.id and t.purchased_on >= ? and t.purchased_on < ?)
               and not exists (select 1 from invitation_opt_out o
                                where o.customer_id = c.id or o.email = lower(trim(c.email)))
               and not exists (select 1 from communication m
                                where m.kind = ? and m.sent_at > ?
                                  and (m.business_key = concat('%1$s', c.id) or lower(m.recipient) = lower(trim(c.email))))
             order by c.id
            """.formatted(CUSTOMER_KEY),
        (row, n) -> new Invitee(row.getLong("id"), row.getString("full_name"), row.getString("email").strip()),
        Date.valueOf(today.minusDays(settings.lookback().toDays())), Date.valueOf(today),
        INVITED, Timestamp.from(now.minus(settings.period())));
    Map<String, Invitee> onePerAddress = new LinkedHashMap<>();
    customers.forEach(customer -> onePerAddress.putIfAbsent(customer.email().toLowerCase(Locale.ROOT), customer));
    return List.copyOf(onePerAddress.values());
  }

  /**
   * The key is the customer's and the day's: two nodes that pick one customer on the same day write
   * the same key, and only one sends. A day never comes again, so removing old invitations
   * (retention) cannot make a later key collide with an earlier one.
   */
  private boolean invite(Invitee invitee, LocalDate today, Instant now) {
    String businessKey = CUSTOMER_KEY + invitee.customerId();
    String key = Communication.idempotencyKey(businessKey, CommunicationKind.REVIEW_INVITATION,
        Integer.parseInt(today.format(DateTimeFormatter.BASIC_ISO_DATE)));
    String unsubscribeUrl = optOuts.link(invitee.customerId());
    CustomerMessages.Text text = messages.reviewInvitation(invitee.name(), settings.platform(), settings.reviewUrl(),
        unsubscribeUrl);
    List<SentenceBreach> breaches = guard.check(text.subject() + "\n\n" + text.body());
    if (!breaches.isEmpty()) {
      throw new IllegalStateException("the invitation breaks the rules for invitations; change "
          + "templates/mail/review-invitation: " + breaches.stream().map(SentenceBreach::explanation)
          .collect(Collectors.joining(" ")));
    }
    CustomerMessage message = new CustomerMessage(key, businessKey, Channel.EMAIL, invitee.email(), text.subject(),
        text.body(), text.html(), unsubscribeUrl);
    Communication entry = new Communication(key, businessKey, CommunicationKind.REVIEW_INVITATION, Channel.EMAIL,
        invitee.email(), text.subject(), text.body(), now);
    boolean sent = log.deliverOnce(entry, () -> messenger.deliver(message));
    if (sent) {
      LOG.info("Customer {}: review invitation sent by email", invitee.customerId());
    }
    return sent;
  }
}
