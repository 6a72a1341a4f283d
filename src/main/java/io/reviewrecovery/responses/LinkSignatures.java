package io.reviewrecovery.responses;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs the tokens of the links in customer messages with the link secret (HMAC-SHA256):
 * {@code base64url(payload).base64url(mac)}. A token is readable, not secret; the signature makes
 * it unforgeable. Each kind of link gives its payload its own shape, so a token of one kind is
 * refused by the others.
 */
@Component
public class LinkSignatures {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNBASE64 = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public LinkSignatures(ResponseLinkProperties settings) {
    this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  public String token(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return BASE64.encodeToString(bytes) + "." + BASE64.encodeToString(sign(bytes));
  }

  /**
   * The payload of a token we signed.
   *
   * @throws LinkRefused (invalid) when the token is malformed or its signature does not match
   */
  public String payload(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 2) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "not a link token");
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = UNBASE64.decode(parts[0]);
      signature = UNBASE64.decode(parts[1]);
    } catch (IllegalArgumentException notBase64) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "not a link token");
    }
    if (!MessageDigest.isEqual(sign(payload), signature)) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "the signature does not match");
    }
    return new String(payload, StandardCharsets.UTF_8);
  }

  private byte[] sign(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
