package io.reviewrecovery.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register of cases, one per platform review (its primary key is the business key). */
@Repository
public class ReviewCases {

  private final JdbcTemplate jdbc;

  public ReviewCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ReviewCase> find(String businessKey) {
    return jdbc.query("""
            select business_key, platform, platform_review_id, process_instance_id, received_at
              from review_case where business_key = ?
            """,
        (row, n) -> new ReviewCase(row.getString("business_key"), row.getString("platform"),
            row.getString("platform_review_id"), row.getString("process_instance_id"),
            row.getTimestamp("received_at").toInstant()),
        businessKey).stream().findFirst();
  }

  /**
   * The platform review ids of this platform's open cases whose review was asked about longest ago
   * (never first, the newest cases first among those), at most {@code limit}; each is marked as asked
   * about now.
   */
  public List<String> nextPresenceChecks(String platform, int limit, Instant now) {
    List<String> due = jdbc.queryForList("""
            select platform_review_id from review_case
             where platform = ? and ended_at is null
             order by presence_checked_at nulls first, received_at desc
             fetch first ? rows only
            """, String.class, platform, limit);
    due.forEach(reviewId -> jdbc.update(
        "update review_case set presence_checked_at = ? where platform = ? and platform_review_id = ?",
        Timestamp.from(now), platform, reviewId));
    return due;
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the review already has a case */
  public void add(ReviewCase reviewCase) {
    jdbc.update("""
            insert into review_case (business_key, platform, platform_review_id, process_instance_id, received_at)
            values (?, ?, ?, ?, ?)
            """,
        reviewCase.businessKey(), reviewCase.platform(), reviewCase.platformReviewId(),
        reviewCase.processInstanceId(), Timestamp.from(reviewCase.receivedAt()));
  }
}
