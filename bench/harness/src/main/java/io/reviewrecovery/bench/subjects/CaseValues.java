package io.reviewrecovery.bench.subjects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The values the request bodies of one case are filled with (see {@link Template}). */
public final class CaseValues {

  /** The date format of the engine's REST API for Date variables. */
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
      .withZone(ZoneOffset.UTC);

  private CaseValues() {
  }

  /**
   * @param reviewId the platform's review id, unique per case
   * @param team the team whose queue the case's first task goes to, where the baseline lets the
   *     intake choose (see {@link Subject#teamChosenAtIntake()})
   */
  public static Map<String, String> of(String reviewId, String team) {
    Instant published = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    return Map.of(
        "reviewId", reviewId,
        "team", team,
        "publishedAt", published.toString(),
        "publishedAtRest", REST_DATE.format(published),
        "refundDate", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
  }
}
