package io.reviewrecovery.platform;

import io.reviewrecovery.review.Platform;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts public replies per platform location and day, for platforms that cap them. A slot is
 * taken in a transaction of its own before the reply goes to the platform, so it stays counted even
 * when the posting job fails: a reply the platform did not answer may have been posted and counted
 * there. The poster gives the slot back when the platform answered that it did not take the reply.
 * The conditional update makes concurrent posts queue for the last slot instead of both taking it.
 */
@Repository
public class PlatformReplyQuota {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public PlatformReplyQuota(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** @return whether a reply may be posted: fewer than {@code limit} were posted that day */
  public boolean take(Platform platform, String locationId, LocalDate day, int limit) {
    ensureCounter(platform, locationId, day);
    return ownTransaction.execute(status -> jdbc.update("""
            update platform_reply_quota set replies = replies + 1
             where platform = ? and location_id = ? and reply_day = ? and replies < ?
            """, platform.code(), locationId, Date.valueOf(day), limit)) == 1;
  }

  /** Hands back a slot {@link #take taken} for a reply the platform did not take. */
  public void giveBack(Platform platform, String locationId, LocalDate day) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("""
        update platform_reply_quota set replies = replies - 1
         where platform = ? and location_id = ? and reply_day = ? and replies > 0
        """, platform.code(), locationId, Date.valueOf(day)));
  }

  /** In a transaction of its own, so a concurrent insert of the same day cannot spoil the caller's. */
  private void ensureCounter(Platform platform, String locationId, LocalDate day) {
    Object[] key = {platform.code(), locationId, Date.valueOf(day)};
    Integer counters = jdbc.queryForObject(
        "select count(*) from platform_reply_quota where platform = ? and location_id = ? and reply_day = ?", Integer.class, key);
    if (counters > 0) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into platform_reply_quota (platform, location_id, reply_day, replies) values (?, ?, ?, 0)", key));
    } catch (DuplicateKeyException insertedConcurrently) {
      // the concurrent insert made the counter: all that was needed
    }
  }
}
