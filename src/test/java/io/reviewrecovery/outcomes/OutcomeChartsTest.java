package io.reviewrecovery.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.cases.CaseTimelines.FinalReviews;
import io.reviewrecovery.cases.CaseTimelines.Median;
import io.reviewrecovery.cases.CaseTimelines.Week;
import io.reviewrecovery.cases.OutcomeTally;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the figures become bars and words on the page. */
class OutcomeChartsTest {

  @Test
  void durationsReadInTheirTwoLargestUnits() {
    assertThat(OutcomeCharts.inWords(Duration.ofHours(52))).isEqualTo("2 d 4 h");
    assertThat(OutcomeCharts.inWords(Duration.ofDays(2))).isEqualTo("2 d");
    assertThat(OutcomeCharts.inWords(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
    assertThat(OutcomeCharts.inWords(Duration.ofSeconds(2730))).isEqualTo("45 min 30 s");
    assertThat(OutcomeCharts.inWords(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(OutcomeCharts.inWords(null)).isEqualTo("–");
  }

  @Test
  void theLargestValueGetsTheFullBar_andAWeeksSegmentsFollowEachOther() {
    OutcomeTally tally = new OutcomeTally(1, 0, 0, 2, 4, 0);
    Week week = new Week(LocalDate.of(2026, 11, 23), tally, new Median(3, Duration.ofHours(5)));
    Week quiet = new Week(LocalDate.of(2026, 11, 30), OutcomeTally.NONE, new Median(0, null));
    OutcomeFigures figures = new OutcomeFigures(Instant.parse("2026-12-01T10:00:00Z"), tally,
        new Median(3, Duration.ofHours(5)), new Median(3, Duration.ofDays(2)), 1,
        List.of(new OutcomeFigures.StepCount("Task_AssessTerms", "Assess review against platform terms", 4)), List.of(week, quiet),
        Duration.ofDays(30), new FinalReviews(4, 3, 2, 3.666, 1));

    OutcomeCharts charts = OutcomeCharts.of(figures);

    assertThat(charts.byOutcome()).extracting(OutcomeCharts.Bar::valueText).containsExactly("1", "0", "0", "2", "4", "0");
    assertThat(charts.byOutcome()).extracting(OutcomeCharts.Bar::length).containsExactly(90, 0, 0, 180, 360, 0);
    assertThat(charts.openByStep()).singleElement().extracting(OutcomeCharts.Bar::length).isEqualTo(OutcomeCharts.FULL_BAR);
    OutcomeCharts.WeekRow row = charts.weeks().get(0);
    assertThat(row.counts()).containsExactly(1L, 0L, 0L, 2L, 4L, 0L);
    assertThat(row.segments()).extracting(OutcomeCharts.Segment::start).containsExactly(0, 51, 154);
    assertThat(row.receivedLength()).isEqualTo(OutcomeCharts.FULL_BAR);
    assertThat(row.medianTimeToFirstOutreach()).isEqualTo("5 h");
    assertThat(charts.reviewRecheckAfter()).isEqualTo("30 d");
    assertThat(charts.averageFinalRating()).isEqualTo("3.7 stars");
    assertThat(charts.weeks().get(1).segments()).isEmpty();
    assertThat(charts.weeks().get(1).medianTimeToFirstOutreach()).isEqualTo("–");
    assertThat(charts.weeklyMedians()).extracting(OutcomeCharts.Bar::valueText).containsExactly("5 h", "–");
    assertThat(charts.weeklyMedians()).extracting(OutcomeCharts.Bar::length).containsExactly(OutcomeCharts.FULL_BAR, 0);
  }
}
