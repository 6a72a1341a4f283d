package io.reviewrecovery.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The timeline of each case in the case register: written as things happen (intake, first outreach,
 * end), and read per case and summed up in SQL. The SQL runs unchanged on H2 and PostgreSQL.
 */
@Repository
public class CaseTimelines {

  /** Where a case stands: its outcome, OPEN, or CANCELLED (ended without reaching an end event). */
  static final String STANDING =
      "case when ended_at is null then 'OPEN' when outcome is null then 'CANCELLED' else outcome end";
  /** The number of the week (Monday to Sunday) of receipt, counted from Monday 1970-01-05. */
  private static final String WEEK = "floor((extract(epoch from received_at) - 345600) / 604800)";
  private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);
  private static final String SECONDS_TO_FIRST_OUTREACH = "extract(epoch from (first_outreach_at - received_at))";
  private static final String SECONDS_TO_OUTCOME = "extract(epoch from (ended_at - received_at))";

  private final JdbcTemplate jdbc;

  public CaseTimelines(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the first outreach of the case; a later one changes nothing. */
  public void firstOutreach(String businessKey, Instant at) {
    jdbc.update("update review_case set first_outreach_at = ? where business_key = ? and first_outreach_at is null",
        Timestamp.from(at), businessKey);
  }

  /** Records the end of the case, with its outcome ({@code null} when cancelled); only the first end counts. */
  public void ended(String businessKey, Instant at, CaseOutcome outcome) {
    jdbc.update("update review_case set ended_at = ?, outcome = ? where business_key = ? and ended_at is null",
        Timestamp.from(at), outcome == null ? null : outcome.name(), businessKey);
  }

  /** Keeps what the review looked like when it was looked up again after the public reply; a later look replaces it. */
  public void keepFinalReview(String businessKey, FinalReview review) {
    jdbc.update("update review_case set rating_at_intake = ?, final_review_state = ?, final_rating = ?, "
            + "final_review_checked_at = ? where business_key = ?",
        review.ratingAtIntake(), review.state().name(), review.rating(), Timestamp.from(review.checkedAt()), businessKey);
  }

  /** The reviews looked up again after their public reply, as the outcomes count them. */
  public FinalReviews finalReviews() {
    return jdbc.queryForObject("select count(*) checked, "
            + "coalesce(sum(case when final_review_state = 'PUBLISHED' then 1 else 0 end), 0) published, "
            + "coalesce(sum(case when final_review_state = 'PUBLISHED' and final_rating > rating_at_intake then 1 else 0 end), 0) improved, "
            + "avg(case when final_review_state = 'PUBLISHED' then cast(final_rating as double precision) end) average_rating, "
            + "coalesce(sum(case when final_review_state = 'REMOVED' then 1 else 0 end), 0) removed "
            + "from review_case where final_review_state is not null",
        (row, n) -> new FinalReviews(row.getLong("checked"), row.getLong("published"), row.getLong("improved"),
            row.getObject("average_rating", Double.class), row.getLong("removed")));
  }

  /**
   * @param checked reviews looked up again after their public reply
   * @param published still on the platform then
   * @param improved of those, rated higher than when the case started
   * @param averageRating the average stars of those still published; {@code null} when none is
   * @param removed no longer on the platform then
   */
  public record FinalReviews(long checked, long published, long improved, Double averageRating, long removed) {
  }

  public Optional<CaseTimeline> find(String businessKey) {
    return jdbc.query("select received_at, first_outreach_at, ended_at, outcome from review_case where business_key = ?",
        (row, n) -> new CaseTimeline(instant(row, "received_at"), instant(row, "first_outreach_at"),
            instant(row, "ended_at"), Optional.ofNullable(row.getString("outcome")).map(CaseOutcome::valueOf).orElse(null)),
        businessKey).stream().findFirst();
  }

  /** Every case received so far, by where it stands. */
  public OutcomeTally tally() {
    return jdbc.query("select standing, count(*) cases from (select " + STANDING + " standing from review_case) s group by standing",
        (ResultSetExtractor<OutcomeTally>) rows -> {
          OutcomeTally tally = OutcomeTally.NONE;
          while (rows.next()) {
            tally = tally.plus(rows.getString("standing"), rows.getLong("cases"));
          }
          return tally;
        });
  }

  /** The median time to the first outreach, over the cases that had one. */
  public Median medianTimeToFirstOutreach() {
    return median(SECONDS_TO_FIRST_OUTREACH, "first_outreach_at is not null");
  }

  /** The median time to the outcome, over the cases that reached one. */
  public Median medianTimeToOutcome() {
    return median(SECONDS_TO_OUTCOME, "outcome is not null");
  }

  private Median median(String seconds, String condition) {
    return jdbc.queryForObject("select count(*) cases, percentile_cont(0.5) within group (order by " + seconds
            + ") median_seconds from review_case where " + condition,
        (row, n) -> new Median(row.getLong("cases"), duration(row, "median_seconds")));
  }

  /**
   * The cases received in each week from the week of {@code since} on, oldest first, including weeks
   * without any: where they stand now, and the median time to their first outreach.
   */
  public List<Week> weeksSince(LocalDate since, LocalDate today) {
    Map<LocalDate, OutcomeTally> tallies = new LinkedHashMap<>();
    Map<LocalDate, Median> medians = new LinkedHashMap<>();
    LocalDate firstWeek = since.with(DayOfWeek.MONDAY);
    for (LocalDate week = firstWeek; !week.isAfter(today); week = week.plusWeeks(1)) {
      tallies.put(week, OutcomeTally.NONE);
      medians.put(week, new Median(0, null));
    }
    Timestamp from = Timestamp.valueOf(firstWeek.atStartOfDay());
    jdbc.query("select receipt_week, standing, count(*) cases from (select " + WEEK + " receipt_week, " + STANDING
            + " standing from review_case where received_at >= ?) s group by receipt_week, standing",
        (RowCallbackHandler) row -> {
          String standing = row.getString("standing");
          long cases = row.getLong("cases");
          tallies.computeIfPresent(week(row), (week, tally) -> tally.plus(standing, cases));
        }, from);
    jdbc.query("select receipt_week, count(*) cases, percentile_cont(0.5) within group (order by elapsed_seconds) median_seconds from ("
            + "select " + WEEK + " receipt_week, " + SECONDS_TO_FIRST_OUTREACH + " elapsed_seconds from review_case"
            + " where received_at >= ? and first_outreach_at is not null) s group by receipt_week",
        (RowCallbackHandler) row -> medians.replace(week(row), new Median(row.getLong("cases"), duration(row, "median_seconds"))),
        from);
    return tallies.entrySet().stream()
        .map(week -> new Week(week.getKey(), week.getValue(), medians.get(week.getKey())))
        .toList();
  }

  /**
   * @param cases how many cases the median is over
   * @param median {@code null} when there are none
   */
  public record Median(long cases, Duration median) {
  }

  /** The cases received in the week starting {@code monday}, where they stand now, and how fast they were reached. */
  public record Week(LocalDate monday, OutcomeTally cases, Median timeToFirstOutreach) {
  }

  private static LocalDate week(ResultSet row) throws SQLException {
    return FIRST_MONDAY.plusWeeks(row.getLong("receipt_week"));
  }

  private static Duration duration(ResultSet row, String column) throws SQLException {
    double seconds = row.getDouble(column);
    return row.wasNull() ? null : Duration.ofSeconds(Math.round(seconds));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
