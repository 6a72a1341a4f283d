package io.reviewrecovery.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffFormatsTest {

  @Test
  void datesReadInTheBusinessLocaleAndTimeZoneNotTheServers() {
    StaffFormats formats = formats(Locale.UK, ZoneId.of("Europe/London"));
    Instant summerEvening = Instant.parse("2026-07-03T22:30:00Z");

    assertThat(formats.date(summerEvening)).isEqualTo("3 Jul 2026");
    assertThat(formats.dateTime(summerEvening)).isEqualTo("3 Jul 2026, 23:30");
    assertThat(formats(Locale.US, ZoneId.of("America/New_York")).date(summerEvening)).isEqualTo("Jul 3, 2026");
    assertThat(formats.date(null)).isNull();
  }

  private static StaffFormats formats(Locale locale, ZoneId zone) {
    return new StaffFormats(new ReviewRecoveryProperties(
        new ReviewRecoveryProperties.Business("Harbour Street Bakery", "care@harbourstreetbakery.example", null, locale, zone),
        null, null, null));
  }
}
