package io.reviewrecovery.outcomes;

import io.reviewrecovery.cases.CaseTimelines.Week;
import io.reviewrecovery.cases.OutcomeTally;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The outcome figures laid out as bar charts for the page: each bar's length in SVG units, drawn
 * on the server, with its value in words beside it.
 */
public record OutcomeCharts(
    String asOf,
    List<Bar> byOutcome,
    List<Bar> openByStep,
    List<WeekRow> weeks,
    List<Bar> weeklyMedians,
    List<Standing> standings,
    String medianTimeToFirstOutreach,
    String medianTimeToOutcome,
    String reviewRecheckAfter,
    String averageFinalRating) {

  /** The longest bar, in SVG units. */
  static final int FULL_BAR = 360;

  private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
      .withZone(ZoneId.systemDefault());

  /** Where a case can stand, in the order the charts show them, with the class that colours it. */
  public record Standing(String label, String cssClass, ToLongFunction<OutcomeTally> count) {
  }

  public record Bar(String label, String cssClass, String valueText, int length) {
  }

  /** One segment of a week's stacked bar: where it starts and how long it is, in SVG units. */
  public record Segment(String label, String cssClass, long cases, int start, int length) {
  }

  /**
   * @param counts the week's cases per standing, in the order of {@link #standings()}
   * @param reached how many of the week's cases the median time to first outreach is over
   */
  public record WeekRow(String label, long received, List<Long> counts, List<Segment> segments, int receivedLength,
      String medianTimeToFirstOutreach, long reached) {
  }

  static final List<Standing> STANDINGS = List.of(
      new Standing("Removed by platform", "removed", OutcomeTally::removedByPlatform),
      new Standing("Removed by reviewer", "withdrawn", OutcomeTally::removedByReviewer),
      new Standing("Review updated", "updated", OutcomeTally::reviewUpdated),
      new Standing("Public reply posted", "replied", OutcomeTally::publicReplyPosted),
      new Standing("Open", "open", OutcomeTally::open),
      new Standing("Cancelled", "cancelled", OutcomeTally::cancelled));

  public static OutcomeCharts of(OutcomeFigures figures) {
    OutcomeTally cases = figures.cases();
    long mostByOutcome = STANDINGS.stream().mapToLong(standing -> standing.count().applyAsLong(cases)).max().orElse(0);
    List<Bar> byOutcome = STANDINGS.stream()
        .map(standing -> bar(standing.label(), standing.cssClass(), standing.count().applyAsLong(cases), mostByOutcome))
        .toList();
    long mostAtAStep = figures.openByStep().stream().mapToLong(OutcomeFigures.StepCount::cases).max().orElse(0);
    List<Bar> openByStep = figures.openByStep().stream()
        .map(step -> bar(step.name(), "open", step.cases(), mostAtAStep))
        .toList();
    return new OutcomeCharts(AS_OF.format(figures.asOf()), byOutcome, openByStep, weekRows(figures.weeks()),
        weeklyMedians(figures.weeks()), STANDINGS,
        inWords(figures.timeToFirstOutreach().median()), inWords(figures.timeToOutcome().median()),
        inWords(figures.reviewRecheckAfter()), stars(figures.afterPublicReply().averageRating()));
  }

  /** An average rating for people: "3.4 stars"; "–" when there is none. */
  static String stars(Double average) {
    return average == null ? "–" : String.format(Locale.ENGLISH, "%.1f stars", average);
  }

  private static List<WeekRow> weekRows(List<Week> weeks) {
    long mostReceived = weeks.stream().mapToLong(week -> week.cases().total()).max().orElse(0);
    return weeks.stream().map(week -> {
      List<Long> counts = STANDINGS.stream().map(standing -> standing.count().applyAsLong(week.cases())).toList();
      List<Segment> segments = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < STANDINGS.size(); i++) {
        Standing standing = STANDINGS.get(i);
        long count = counts.get(i);
        if (count > 0) {
          int length = length(count, mostReceived);
          segments.add(new Segment(standing.label(), standing.cssClass(), count, start, length));
          start += length;
        }
      }
      return new WeekRow(WEEK_LABEL.format(week.monday()), week.cases().total(), counts, segments, start,
          inWords(week.timeToFirstOutreach().median()), week.timeToFirstOutreach().cases());
    }).toList();
  }

  private static List<Bar> weeklyMedians(List<Week> weeks) {
    long slowest = weeks.stream().map(week -> week.timeToFirstOutreach().median())
        .filter(median -> median != null).mapToLong(Duration::getSeconds).max().orElse(0);
    return weeks.stream().map(week -> {
      Duration median = week.timeToFirstOutreach().median();
      return new Bar("Week of " + WEEK_LABEL.format(week.monday()), "response", inWords(median),
          median == null ? 0 : length(median.getSeconds(), slowest));
    }).toList();
  }

  private static Bar bar(String label, String cssClass, long value, long most) {
    return new Bar(label, cssClass, Long.toString(value), length(value, most));
  }

  private static int length(long value, long most) {
    return most == 0 ? 0 : (int) Math.round((double) value * FULL_BAR / most);
  }

  /**
   * The duration in its two largest units, leaving out a zero second one: "2 d 4 h", "2 d",
   * "3 h 20 min", "45 min", "30 s"; a dash when there is nothing to measure.
   */
  static String inWords(Duration duration) {
    if (duration == null) {
      return "–";
    }
    if (duration.toDays() > 0) {
      return inWords(duration.toDays(), "d", duration.toHoursPart(), "h");
    }
    if (duration.toHours() > 0) {
      return inWords(duration.toHours(), "h", duration.toMinutesPart(), "min");
    }
    if (duration.toMinutes() > 0) {
      return inWords(duration.toMinutes(), "min", duration.toSecondsPart(), "s");
    }
    return duration.getSeconds() + " s";
  }

  private static String inWords(long larger, String largerUnit, int smaller, String smallerUnit) {
    return smaller == 0 ? larger + " " + largerUnit : larger + " " + largerUnit + " " + smaller + " " + smallerUnit;
  }
}
