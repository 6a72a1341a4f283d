package io.reviewrecovery.responses;

import io.reviewrecovery.messaging.CommunicationKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Makes and reads the signed response links. A link's token carries the case, the answer, the
 * message's number and an expiry, signed with HMAC-SHA256: {@code base64url(payload).base64url(mac)}.
 * The token holds no personal data; reading it needs no database, using it is recorded by
 * {@link CustomerResponses}.
 */
@Service
public class ResponseLinks {

  static final String PATH = "/respond/";

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNBASE64 = Base64.getUrlDecoder();

  private final ResponseLinkProperties settings;
  private final SecretKeySpec key;
  private final Clock clock;

  @Autowired
  public ResponseLinks(ResponseLinkProperties settings) {
    this(settings, Clock.systemUTC());
  }

  ResponseLinks(ResponseLinkProperties settings, Clock clock) {
    this.settings = settings;
    this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = clock;
  }

  /** One link per answer the message offers, valid from now for the configured time. */
  public List<ResponseLink> forMessage(String businessKey, CommunicationKind kind, int sequence) {
    Instant expiresAt = clock.instant().plus(settings.validity()).truncatedTo(ChronoUnit.SECONDS);
    return CustomerAnswer.to(kind).stream().map(answer -> {
      String payload = String.join("|", businessKey, answer.name(), Integer.toString(sequence),
          Long.toString(expiresAt.getEpochSecond()));
      byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
      String token = BASE64.encodeToString(bytes) + "." + BASE64.encodeToString(sign(bytes));
      return new ResponseLink(businessKey, answer, sequence, expiresAt, settings.baseUrlWithoutTrailingSlash() + PATH + token);
    }).toList();
  }

  /** The link a token stands for, if we signed it and it has not expired. */
  ResponseLink read(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 2) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "not a response link token");
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = UNBASE64.decode(parts[0]);
      signature = UNBASE64.decode(parts[1]);
    } catch (IllegalArgumentException notBase64) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "not a response link token");
    }
    if (!MessageDigest.isEqual(sign(payload), signature)) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "the signature does not match");
    }
    String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
    ResponseLink link = new ResponseLink(fields[0], CustomerAnswer.valueOf(fields[1]), Integer.parseInt(fields[2]),
        Instant.ofEpochSecond(Long.parseLong(fields[3])), settings.baseUrlWithoutTrailingSlash() + PATH + token);
    if (!clock.instant().isBefore(link.expiresAt())) {
      throw new LinkRefused(LinkRefused.Reason.EXPIRED, "expired at " + link.expiresAt());
    }
    return link;
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
