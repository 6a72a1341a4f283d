package io.reviewrecovery.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling HTML report ({@code index.html}), one row per request name
 * and group. Gatling 3.14 writes its figures only there (it no longer writes a {@code stats.json});
 * the rows carry the same numbers as the console summary. {@code GatlingReportTest} reads a report
 * of this version, so a Gatling upgrade that changes the page fails there first.
 */
public final class GatlingReport {

  private static final Pattern ROW = Pattern.compile(
      "<tr[^>]*>\\s*<td class=\"total col-1\">.*?class=\"ellipsed-name\">(.*?)</span>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

  private GatlingReport() {
  }

  /** One row: counts, count per second over the run, and response times in milliseconds. */
  public record Row(String name, long total, long ok, long ko, double perSecond, long min, long p50, long p75,
      long p95, long p99, long max, long mean) {
  }

  /** The rows by name ("All Requests" is the total); a name used twice keeps its first row. */
  public static Map<String, Row> read(Path reportDirectory) {
    Path index = reportDirectory.resolve("index.html");
    try {
      return parse(Files.readString(index));
    } catch (IOException e) {
      throw new UncheckedIOException("No Gatling report at " + index, e);
    }
  }

  static Map<String, Row> parse(String html) {
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String name = unescape(row.group(1).strip());
      Map<Integer, String> cells = new LinkedHashMap<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
      }
      if (cells.size() < 13) {
        throw new IllegalStateException("Unexpected Gatling statistics row for " + name + ": " + cells);
      }
      rows.putIfAbsent(name, new Row(name, count(cells.get(2)), count(cells.get(3)), count(cells.get(4)),
          Double.parseDouble(cells.get(6).replace(",", "")), count(cells.get(7)), count(cells.get(8)),
          count(cells.get(9)), count(cells.get(10)), count(cells.get(11)), count(cells.get(12)), count(cells.get(13))));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("No statistics table in the Gatling report");
    }
    return rows;
  }

  /** Gatling writes "-" for none. */
  private static long count(String cell) {
    return "-".equals(cell) ? 0 : Long.parseLong(cell.replace(",", ""));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
