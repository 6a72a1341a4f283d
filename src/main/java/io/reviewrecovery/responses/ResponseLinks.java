package io.reviewrecovery.responses;

import io.reviewrecovery.input.ControlCharacters;
import io.reviewrecovery.messaging.CommunicationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Makes and reads the signed response links. A link's token carries the case, the answer, the
 * message's number and an expiry, signed by {@link LinkSignatures}. The token holds no personal
 * data; reading it needs no database, using it is recorded by {@link CustomerResponses}.
 */
@Service
public class ResponseLinks {

  public static final String PATH = "/respond/";
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

  /**
   * The link a token stands for, if we signed it as a response link and it has not expired. The
   * payload is read as if anyone could have signed it (in {@code local} anyone can: that secret is
   * public): one that {@link #forMessage} would not write is refused as invalid.
   */
  ResponseLink read(String token) {
    String[] fields = signatures.payload(token).split("\\|", -1);
    if (fields.length != FIELDS || fields[0].isBlank() || ControlCharacters.problem(fields[0]).isPresent()) {
      throw notAResponseLink();
    }
    CustomerAnswer answer = Arrays.stream(CustomerAnswer.values()).filter(known -> known.name().equals(fields[1]))
        .findFirst().orElseThrow(ResponseLinks::notAResponseLink);
    int sequence = parsed(fields[2], Integer::parseInt);
    long expiry = parsed(fields[3], Long::parseLong);
    if (expiry < Instant.MIN.getEpochSecond() || expiry > Instant.MAX.getEpochSecond()) {
      throw notAResponseLink();
    }
    ResponseLink link = new ResponseLink(fields[0], answer, sequence, Instant.ofEpochSecond(expiry),
        settings.baseUrlWithoutTrailingSlash() + PATH + token);
    if (!clock.instant().isBefore(link.expiresAt())) {
      throw new LinkRefused(LinkRefused.Reason.EXPIRED, "expired at " + link.expiresAt());
    }
    return link;
  }

  private static <T> T parsed(String number, Function<String, T> parse) {
    try {
      return parse.apply(number);
    } catch (NumberFormatException notANumber) {
      throw notAResponseLink();
    }
  }

  private static LinkRefused notAResponseLink() {
    return new LinkRefused(LinkRefused.Reason.INVALID, "not a response link token");
  }
}
