package io.reviewrecovery.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

  /**
   * Registers the case, with the reviewer's name to find it by.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the review already has a case
   */
  public void add(ReviewCase reviewCase, String reviewerName) {
    jdbc.update("""
            insert into review_case (business_key, platform, platform_review_id, process_instance_id, received_at,
                                     reviewer_name)
            values (?, ?, ?, ?, ?, ?)
            """,
        reviewCase.businessKey(), reviewCase.platform(), reviewCase.platformReviewId(),
        reviewCase.processInstanceId(), Timestamp.from(reviewCase.receivedAt()), reviewerName);
  }

  /**
   * The cases that match every criterion given, newest first, one page of them. Each criterion is
   * an indexed column of the register (the business key, the platform review id, the reviewer's
   * name, the time received), so a search stays quick over any number of ended cases.
   */
  public CaseSearch.Page search(CaseSearch search) {
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    criterion(conditions, arguments, "business_key = ?", search.businessKey());
    criterion(conditions, arguments, "platform_review_id = ?", search.platformReviewId());
    criterion(conditions, arguments, "reviewer_name = ?", search.reviewerName());
    criterion(conditions, arguments, "received_at >= ?", search.receivedFrom() == null ? null : Timestamp.from(search.receivedFrom()));
    criterion(conditions, arguments, "received_at < ?", search.receivedBefore() == null ? null : Timestamp.from(search.receivedBefore()));
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    long total = jdbc.queryForObject("select count(*) from review_case" + where, Long.class, arguments.toArray());
    List<Object> paged = new ArrayList<>(arguments);
    paged.add((long) search.page() * search.size());
    paged.add(search.size());
    List<CaseSearch.Found> found = jdbc.query("select business_key, platform, platform_review_id, reviewer_name,"
            + " received_at, ended_at, " + CaseTimelines.STANDING + " standing from review_case" + where + """
             order by received_at desc, business_key
            offset ? rows fetch next ? rows only
            """,
        (row, n) -> new CaseSearch.Found(row.getString("business_key"), row.getString("platform"),
            row.getString("platform_review_id"), row.getString("reviewer_name"),
            row.getTimestamp("received_at").toInstant(),
            Optional.ofNullable(row.getTimestamp("ended_at")).map(Timestamp::toInstant).orElse(null),
            row.getString("standing")),
        paged.toArray());
    return new CaseSearch.Page(found, search.page(), search.size(), total);
  }

  private static void criterion(List<String> conditions, List<Object> arguments, String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      arguments.add(value);
    }
  }
}
