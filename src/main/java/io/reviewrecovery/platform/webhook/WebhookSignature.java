package io.reviewrecovery.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a platform webhook: {@value #SIGNATURE_HEADER}: {@code sha256=<hex>}, the
 * HMAC-SHA256 under the platform's shared secret of {@code <timestamp>.<body>}, where the
 * timestamp is the {@value #TIMESTAMP_HEADER} header (Unix seconds). A timestamp further than the
 * tolerance from now is refused, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

  public static final String TIMESTAMP_HEADER = "X-Review-Recovery-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Review-Recovery-Signature";
  private static final String SCHEME = "sha256=";

  private WebhookSignature() {
  }

  /** {@code sha256=<hex>} for this timestamp and body. */
  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      hmac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return SCHEME + HexFormat.of().formatHex(hmac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Why the request is not authentic; empty when it is. */
  public static Optional<String> problem(String secret, String timestamp, String signature, byte[] body,
      Instant now, Duration tolerance) {
    if (timestamp == null || signature == null) {
      return Optional.of("Sign the request: headers " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " are required.");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException notSeconds) {
      return Optional.of(TIMESTAMP_HEADER + " must be a Unix time in seconds.");
    }
    byte[] expected = sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return Optional.of("The signature does not match the body.");
    }
    // A signed ±9223372036854775807 is a number of seconds beyond every Instant: as far from now as it gets.
    boolean beyondInstants = seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond();
    if (beyondInstants || Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
      return Optional.of("The timestamp is more than " + tolerance + " away from now; a replayed or delayed request is refused.");
    }
    return Optional.empty();
  }
}
