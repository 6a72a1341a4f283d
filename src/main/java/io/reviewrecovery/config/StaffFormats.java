package io.reviewrecovery.config;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as staff read them, wherever the application shows them to people (the case
 * inbox, the forms' facts, alerts): in the business's locale and time zone
 * ({@code review-recovery.business.locale} and {@code time-zone}), never the server's.
 */
@Component
public class StaffFormats {

  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  public StaffFormats(ReviewRecoveryProperties properties) {
    this.locale = properties.business().locale();
    this.zone = properties.business().timeZone();
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).withZone(zone);
  }

  public Locale locale() {
    return locale;
  }

  public ZoneId zone() {
    return zone;
  }

  /** For example "3 Dec 2026" in en-GB; {@code null} for none. */
  public String date(Instant instant) {
    return instant == null ? null : date.format(instant);
  }

  /** For example "3 Dec 2026, 21:30" in en-GB; {@code null} for none. */
  public String dateTime(Instant instant) {
    return instant == null ? null : dateTime.format(instant);
  }
}
