package io.reviewrecovery.cases;

import java.sql.Timestamp;
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
