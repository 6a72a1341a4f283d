package io.reviewrecovery.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY = "{\"eventId\":\"evt-1\",\"type\":\"REVIEW_REMOVED\",\"platformReviewId\":\"r-1\"}"
      .getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.ofEpochSecond(1_750_000_000L);
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  @Test
  void isTheHmacSha256OfTimestampDotBody_asTheReadmesOpensslRecipeComputesIt() {
    // printf '%s.%s' 1750000000 '{"eventId":"evt-1","type":"REVIEW_REMOVED","platformReviewId":"r-1"}' \
    //   | openssl dgst -sha256 -hmac s3cret -hex
    assertThat(WebhookSignature.sign("s3cret", "1750000000", BODY))
        .isEqualTo("sha256=ca32a3a0d0cbf13442d36378a7d754052c7d0d51b560643b5e8e71d2be2be0e2");
  }

  @Test
  void acceptsItsOwnSignature_withinTheTolerance() {
    String signature = WebhookSignature.sign("s3cret", "1750000000", BODY);

    assertThat(WebhookSignature.problem("s3cret", "1750000000", signature, BODY, NOW.plusSeconds(299), TOLERANCE)).isEmpty();
    assertThat(WebhookSignature.problem("s3cret", "1750000000", signature.toUpperCase().replace("SHA256=", "sha256="), BODY,
        NOW, TOLERANCE)).as("hex in capitals").isEmpty();
  }

  @Test
  void refusesMissingWrongAndStaleSignatures() {
    String signature = WebhookSignature.sign("s3cret", "1750000000", BODY);

    assertThat(WebhookSignature.problem("s3cret", null, signature, BODY, NOW, TOLERANCE)).get().asString()
        .contains("headers X-Review-Recovery-Timestamp and X-Review-Recovery-Signature are required");
    assertThat(WebhookSignature.problem("s3cret", "yesterday", signature, BODY, NOW, TOLERANCE)).get().asString()
        .contains("Unix time in seconds");
    assertThat(WebhookSignature.problem("other", "1750000000", signature, BODY, NOW, TOLERANCE)).get().asString()
        .contains("does not match");
    assertThat(WebhookSignature.problem("s3cret", "1750000001", signature, BODY, NOW, TOLERANCE))
        .as("the timestamp is signed too").get().asString().contains("does not match");
    assertThat(WebhookSignature.problem("s3cret", "1750000000", signature, BODY, NOW.plusSeconds(301), TOLERANCE))
        .get().asString().contains("replayed");
  }

  @Test
  void refusesASignedTimestampBeyondEveryInstantAsAReplay_insteadOfFailing() {
    for (String far : List.of("9223372036854775807", "-9223372036854775808", "31556889864403200")) {
      String signature = WebhookSignature.sign("s3cret", far, BODY);

      assertThat(WebhookSignature.problem("s3cret", far, signature, BODY, NOW, TOLERANCE)).as(far).get().asString()
          .contains("replayed");
    }
  }
}
