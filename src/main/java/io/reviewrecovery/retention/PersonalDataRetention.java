package io.reviewrecovery.retention;

import io.reviewrecovery.invitations.InvitationProperties;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.platform.PlatformEventInbox.State;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our copies of a case's personal data follow its history in Camunda: once Camunda's history
 * cleanup removed an ended case (its time to live passed), this removes the case's register entry,
 * communication log, the completions the guard refused, used response links, platform events and
 * the poller's view of the review.
 * A case whose process instance still runs is never touched. A platform event that never belonged
 * to a case (a well-rated review, say) goes once the time to live passed since it was received,
 * and so does a review invitation once it was sent that long ago (or the invitation period ago, if
 * that is longer: the invitation is what stops a second one within the period).
 *
 * <p>Idempotent, so every node of a cluster may run it.
 */
@Service
public class PersonalDataRetention {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRetention.class);
  private static final int BATCH_SIZE = 500;
  private static final String BY_BUSINESS_KEY = "business_key = ?";
  private static final String BY_REVIEW = "platform = ? and platform_review_id = ?";
  /** What a case leaves in our tables, its register entry last. */
  private static final List<String> TABLES_AND_KEYS = List.of(
      "communication where " + BY_BUSINESS_KEY,
      "customer_response where " + BY_BUSINESS_KEY,
      "guard_refusal where " + BY_BUSINESS_KEY,
      "platform_event where " + BY_REVIEW,
      "platform_review_baseline where " + BY_REVIEW,
      "review_case where " + BY_BUSINESS_KEY);

  private final JdbcTemplate jdbc;
  private final RetentionProperties retention;
  private final InvitationProperties invitations;

  public PersonalDataRetention(JdbcTemplate jdbc, RetentionProperties retention, InvitationProperties invitations) {
    this.jdbc = jdbc;
    this.retention = retention;
    this.invitations = invitations;
  }

  /** @return how many cases' data were removed */
  @Transactional
  public int removeCasesWithoutHistory() {
    int removed = 0;
    List<EndedCase> ended;
    do {
      ended = casesWithoutHistory();
      for (String tableAndKey : TABLES_AND_KEYS) {
        jdbc.batchUpdate("delete from " + tableAndKey, ended.stream()
            .map(tableAndKey.endsWith(BY_REVIEW) ? EndedCase::review : EndedCase::businessKey).toList());
      }
      ended.forEach(gone -> LOG.info("Case {}: its history was removed, and so were its personal data", gone.key()));
      removed += ended.size();
    } while (ended.size() == BATCH_SIZE);
    int events = removeOldEventsWithoutCase();
    if (events > 0) {
      LOG.info("Removed {} platform events without a case, received more than {} ago", events,
          retention.historyTimeToLive());
    }
    int invitationsRemoved = removeOldInvitations();
    if (invitationsRemoved > 0) {
      LOG.info("Removed {} review invitations sent more than {} ago", invitationsRemoved, invitationRetention());
    }
    return removed;
  }

  private List<EndedCase> casesWithoutHistory() {
    return jdbc.query("""
            select business_key, platform, platform_review_id from review_case c
             where not exists (select 1 from ACT_HI_PROCINST h where h.ID_ = c.process_instance_id)
               and not exists (select 1 from ACT_RU_EXECUTION e where e.PROC_INST_ID_ = c.process_instance_id)
             order by business_key
             fetch first %d rows only
            """.formatted(BATCH_SIZE),
        (row, n) -> new EndedCase(row.getString(1), row.getString(2), row.getString(3)));
  }

  private int removeOldEventsWithoutCase() {
    Instant receivedBefore = ClockUtil.getCurrentTime().toInstant().minus(retention.historyTimeToLive());
    return jdbc.update("""
        delete from platform_event
         where received_at < ? and state not in (?, ?)
           and not exists (select 1 from review_case c
                            where c.platform = platform_event.platform
                              and c.platform_review_id = platform_event.platform_review_id)
        """, Timestamp.from(receivedBefore), State.PENDING.name(), State.CLAIMED.name());
  }

  private int removeOldInvitations() {
    Instant sentBefore = ClockUtil.getCurrentTime().toInstant().minus(invitationRetention());
    return jdbc.update("delete from communication where kind = ? and sent_at < ?",
        CommunicationKind.REVIEW_INVITATION.name(), Timestamp.from(sentBefore));
  }

  private Duration invitationRetention() {
    Duration timeToLive = retention.historyTimeToLive();
    return timeToLive.compareTo(invitations.period()) >= 0 ? timeToLive : invitations.period();
  }

  /** A case whose history is gone: the keys of its rows. */
  private record EndedCase(String key, String platform, String platformReviewId) {

    Object[] businessKey() {
      return new Object[] {key};
    }

    Object[] review() {
      return new Object[] {platform, platformReviewId};
    }
  }
}
