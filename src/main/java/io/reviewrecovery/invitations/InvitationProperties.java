package io.reviewrecovery.invitations;

import io.reviewrecovery.review.Platform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The review invitations, under {@code review-recovery.invitations.*}. Checked at start-up: when
 * they are enabled, the platform must allow businesses to invite reviews (Yelp does not), and the
 * review link must lead to that platform.
 *
 * @param enabled whether invitations are sent at all
 * @param platform where customers are invited to write their review
 * @param reviewUrl the platform's public "write a review" page of the business
 * @param lookback how recent a completed purchase must be for its customer to be invited
 * @param period the least time between two invitations to one customer
 * @param schedule when the invitations go out: a Spring cron expression, {@code -} for never
 * @param zone the time zone of the schedule and of "today"
 */
@Validated
@ConfigurationProperties("review-recovery.invitations")
public record InvitationProperties(
    boolean enabled,
    @NotNull Platform platform,
    URI reviewUrl,
    @NotNull Duration lookback,
    @NotNull Duration period,
    @NotBlank String schedule,
    @NotNull ZoneId zone) {

  /** What follows the platform's name in the host of its country sites: .com, .de, .co.uk, .com.au. */
  private static final String TOP_LEVEL_DOMAIN = "\\.(?:com|[a-z]{2}|co\\.[a-z]{2}|com\\.[a-z]{2})";

  public InvitationProperties {
    if (enabled) {
      refuseWhereSolicitingIsForbidden(platform);
      requireReviewUrlOf(platform, reviewUrl);
    }
    if (lookback != null && period != null && lookback.compareTo(period) > 0) {
      throw new IllegalArgumentException("review-recovery.invitations.lookback (" + lookback + ") must not be longer than "
          + "review-recovery.invitations.period (" + period + "): one purchase would bring an invitation every period");
    }
  }

  private static void refuseWhereSolicitingIsForbidden(Platform platform) {
    if (platform == Platform.YELP) {
      throw new IllegalArgumentException("review-recovery.invitations.platform is yelp, but Yelp forbids businesses to ask "
          + "anyone for reviews (its \"Don't ask for reviews\" policy); choose google or trustpilot, or disable invitations "
          + "with REVIEW_RECOVERY_INVITATIONS_ENABLED=false");
    }
  }

  private static void requireReviewUrlOf(Platform platform, URI reviewUrl) {
    String host = reviewUrl == null || reviewUrl.getHost() == null ? "" : reviewUrl.getHost().toLowerCase(Locale.ROOT);
    boolean https = reviewUrl != null && "https".equals(reviewUrl.getScheme());
    boolean platformsOwn = switch (platform) {
      case GOOGLE -> host.equals("g.page") || host.matches("(?:[a-z0-9-]+\\.)*google" + TOP_LEVEL_DOMAIN);
      case TRUSTPILOT -> host.matches("(?:[a-z0-9-]+\\.)*trustpilot" + TOP_LEVEL_DOMAIN);
      case YELP -> false;
    };
    if (!https || !platformsOwn) {
      throw new IllegalArgumentException("review-recovery.invitations.review-url (REVIEW_RECOVERY_INVITATIONS_REVIEW_URL) "
          + "must be the https address of the business's \"write a review\" page on " + platform.displayName()
          + (platform == Platform.GOOGLE ? ", e.g. https://search.google.com/local/writereview?placeid=<place id>"
              : ", e.g. https://www.trustpilot.com/evaluate/<your domain>")
          + "; it is " + (reviewUrl == null ? "not set" : reviewUrl));
    }
  }
}
