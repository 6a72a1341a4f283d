package io.reviewrecovery.responses;

import io.reviewrecovery.messaging.CommunicationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Makes and reads the signed response links. A link's token carries the case, the answer, the
 * message's number and an expiry, signed by {@link LinkSignatures}. The token holds no personal
 * data; reading it needs no database, using it is recorded by {@link CustomerResponses}.
 */
@Service
public class ResponseLinks {

  static final String PATH = "/respond/";
  private static final int FIELDS = 4;

  private final ResponseLinkProperties settings;
  private final LinkSignatures signatures;
  private final Clock clock;

  @Autowired
  public ResponseLinks(ResponseLinkProperties settings, LinkSignatures signatures) {
    this(settings, signatures, Clock.systemUTC());
  }

  ResponseLinks(ResponseLinkProperties settings, LinkSignatures signatures, Clock clock) {
    this.settings = settings;
    this.signatures = signatures;
    this.clock = clock;
  }

  /** One link per answer the message offers, valid from now for the configured time. */
  public List<ResponseLink> forMessage(String businessKey, CommunicationKind kind, int sequence) {
    Instant expiresAt = clock.instant().plus(settings.validity()).truncatedTo(ChronoUnit.SECONDS);
    return CustomerAnswer.to(kind).stream().map(answer -> {
      String token = signatures.token(String.join("|", businessKey, answer.name(), Integer.toString(sequence),
          Long.toString(expiresAt.getEpochSecond())));
      return new ResponseLink(businessKey, answer, sequence, expiresAt, settings.baseUrlWithoutTrailingSlash() + PATH + token);
    }).toList();
  }

  /** The link a token stands for, if we signed it as a response link and it has not expired. */
  ResponseLink read(String token) {
    String[] fields = signatures.payload(token).split("\\|", -1);
    if (fields.length != FIELDS) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "not a response link token");
    }
    ResponseLink link = new ResponseLink(fields[0], CustomerAnswer.valueOf(fields[1]), Integer.parseInt(fields[2]),
        Instant.ofEpochSecond(Long.parseLong(fields[3])), settings.baseUrlWithoutTrailingSlash() + PATH + token);
    if (!clock.instant().isBefore(link.expiresAt())) {
      throw new LinkRefused(LinkRefused.Reason.EXPIRED, "expired at " + link.expiresAt());
    }
    return link;
  }
}
