package io.reviewrecovery.platform;

import io.reviewrecovery.review.Platform;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The review platforms, under {@code review-recovery.platforms.*}: how to reach each one, how
 * reviews are pulled and how signed webhooks are checked. A platform that is enabled without its
 * credentials stops the application at start-up, naming what is missing and its environment
 * variable.
 */
@Validated
@ConfigurationProperties("review-recovery.platforms")
public record PlatformProperties(
    /** Reviews rated at or below this many stars start a case; better ones are left alone. */
    @Min(1) @Max(5) int maxRating,
    /** Whether the poller and the redelivery of waiting events run on their own (off in tests). */
    boolean scheduled,
    @Valid @NotNull Http http,
    @Valid @NotNull Polling polling,
    @Valid @NotNull Webhooks webhooks,
    @Valid @NotNull Google google,
    @Valid @NotNull Trustpilot trustpilot,
    @Valid @NotNull Yelp yelp) {

  /** Every call to a platform gives up after these times; the job then retries. */
  public record Http(@NotNull Duration connectTimeout, @NotNull Duration readTimeout) {

    /** The most calls one job makes to a platform: Trustpilot reads the review before it posts the reply. */
    public static final int CALLS_PER_JOB = 2;

    /**
     * The longest one job can wait on a platform: each of its calls waits out both timeouts (the
     * read timeout bounds the whole answer, not each packet of it).
     */
    public Duration longestJobWait() {
      return connectTimeout.plus(readTimeout).multipliedBy(CALLS_PER_JOB);
    }
  }

  public record Polling(
      /** Pause between two polls of a platform. */
      @NotNull Duration interval,
      /** How far back the very first poll of a platform looks. */
      @NotNull Duration initialLookback,
      /**
       * How many open cases' reviews each poll asks the platform about (is it still published?),
       * those asked longest ago first: with 10,000 open cases and 100 per 5-minute poll, each review
       * is asked about every 8 hours, in 100 lookups per poll.
       */
      @Min(1) int presenceChecksPerPoll,
      /**
       * After this many intervals without a successful poll, the platform's health is down
       * ({@code PlatformsHealthIndicator}).
       */
      @Min(2) int intervalsBeforeUnhealthy) {

    /** How long a platform may go without a successful poll before its health is down. */
    public Duration unhealthyAfter() {
      return interval.multipliedBy(intervalsBeforeUnhealthy);
    }
  }

  public record Webhooks(
      /** How old a webhook's timestamp may be; older ones are refused as replays. */
      @NotNull Duration timestampTolerance,
      /** Pause between two attempts to deliver events that arrived before their case waited for them. */
      @NotNull Duration redeliveryInterval) {
  }

  /**
   * Google Business Profile API: one location of one account. Access tokens come from Google's
   * OAuth 2.0 token endpoint for the OAuth client's refresh token (granted once, offline, with the
   * scope business.manage) and are renewed before they expire ({@link PlatformCredentials}).
   */
  public record Google(
      boolean enabled,
      @NotNull URI baseUrl,
      /** Google's OAuth 2.0 token endpoint. */
      @NotNull URI tokenUri,
      String clientId,
      String clientSecret,
      String refreshToken,
      String accountId,
      String locationId,
      String webhookSecret) implements Settings {

    public Google {
      requireWhenEnabled(Platform.GOOGLE, enabled, required("client-id", clientId, "client-secret", clientSecret,
          "refresh-token", refreshToken, "account-id", accountId, "location-id", locationId));
    }
  }

  /**
   * Trustpilot Service Reviews API: replies are posted in the name of a business user, and the
   * business unit's reviews are listed for the poller. Access tokens come from Trustpilot's token
   * endpoint with the client credentials grant, the API key and secret as client id and secret;
   * a new one is requested before the last expires ({@link PlatformCredentials}).
   */
  public record Trustpilot(
      boolean enabled,
      @NotNull URI baseUrl,
      /** Trustpilot's OAuth 2.0 token endpoint for business users' applications. */
      @NotNull URI tokenUri,
      String apiKey,
      String apiSecret,
      String businessUserId,
      String businessUnitId,
      String webhookSecret) implements Settings {

    public Trustpilot {
      requireWhenEnabled(Platform.TRUSTPILOT, enabled, required("api-key", apiKey, "api-secret", apiSecret,
          "business-user-id", businessUserId, "business-unit-id", businessUnitId));
    }
  }

  /** Yelp Respond to Reviews (partner) API: a business owner's access token for one location. */
  public record Yelp(
      boolean enabled,
      @NotNull URI baseUrl,
      String accessToken,
      String businessId,
      @Min(1) int dailyReplyLimit,
      /** The time zone whose midnight starts a new day of the reply limit. */
      @NotNull ZoneId replyLimitZone,
      String webhookSecret) implements Settings {

    public Yelp {
      requireWhenEnabled(Platform.YELP, enabled, required("access-token", accessToken, "business-id", businessId));
    }
  }

  /** What every platform's settings have. */
  public interface Settings {
    boolean enabled();

    URI baseUrl();

    String webhookSecret();
  }

  public Optional<Settings> enabled(Platform platform) {
    Settings settings = switch (platform) {
      case GOOGLE -> google;
      case TRUSTPILOT -> trustpilot;
      case YELP -> yelp;
    };
    return settings.enabled() ? Optional.of(settings) : Optional.empty();
  }

  /** The environment variable application.yml reads a platform setting from. */
  public static String environmentVariable(Platform platform, String setting) {
    return ("REVIEW_RECOVERY_" + platform.name() + "_" + setting.replace('-', '_')).toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> required(String... namesAndValues) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      settings.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return settings;
  }

  private static void requireWhenEnabled(Platform platform, boolean enabled, Map<String, String> settings) {
    if (!enabled) {
      return;
    }
    String missing = settings.entrySet().stream()
        .filter(setting -> setting.getValue() == null || setting.getValue().isBlank())
        .map(setting -> "review-recovery.platforms.%s.%s (%s)".formatted(platform.code(), setting.getKey(),
            environmentVariable(platform, setting.getKey())))
        .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(platform.displayName() + " is enabled but not configured; set " + missing
          + ", or disable it with " + environmentVariable(platform, "enabled") + "=false");
    }
  }
}
