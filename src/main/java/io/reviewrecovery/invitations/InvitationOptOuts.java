package io.reviewrecovery.invitations;

import io.reviewrecovery.responses.LinkRefused;
import io.reviewrecovery.responses.LinkSignatures;
import io.reviewrecovery.responses.ResponseLinkProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The link in each review invitation through which a customer asks for no more, and the record of
 * who asked (table {@code invitation_opt_out}). The link names only the customer's number, signed
 * like the response links; it never expires, since an opt-out is honoured forever.
 */
@Service
public class InvitationOptOuts {

  public static final String PATH = "/unsubscribe/";

  private static final Logger LOG = LoggerFactory.getLogger(InvitationOptOuts.class);
  private static final String KIND = "unsubscribe";
  private static final Pattern CUSTOMER_ID = Pattern.compile("\\d{1,18}");

  private final LinkSignatures signatures;
  private final String baseUrl;
  private final JdbcTemplate jdbc;

  public InvitationOptOuts(LinkSignatures signatures, ResponseLinkProperties links, JdbcTemplate jdbc) {
    this.signatures = signatures;
    this.baseUrl = links.baseUrlWithoutTrailingSlash();
    this.jdbc = jdbc;
  }

  public String link(long customerId) {
    return baseUrl + PATH + signatures.token(KIND + "|" + customerId);
  }

  /**
   * Checks that the token is an unsubscribe link we signed, and changes nothing.
   *
   * @return the customer it names
   * @throws LinkRefused when it is not
   */
  public long customerOf(String token) {
    String[] fields = signatures.payload(token).split("\\|", -1);
    if (fields.length != 2 || !KIND.equals(fields[0]) || !CUSTOMER_ID.matcher(fields[1]).matches()) {
      throw new LinkRefused(LinkRefused.Reason.INVALID, "not an unsubscribe link token");
    }
    return Long.parseLong(fields[1]);
  }

  /**
   * Records that the customer the link names wants no more invitations; doing it again changes
   * nothing.
   *
   * @throws LinkRefused when the token is not an unsubscribe link we signed
   */
  public void optOut(String token) {
    long customerId = customerOf(token);
    String email = jdbc.query("select email from customer where id = ?", (row, n) -> row.getString(1), customerId)
        .stream().findFirst().map(address -> address.strip().toLowerCase(Locale.ROOT)).orElse(null);
    try {
      jdbc.update("insert into invitation_opt_out (customer_id, email, opted_out_at) values (?, ?, ?)",
          customerId, email, Timestamp.from(Instant.now()));
      LOG.info("Customer {} opted out of review invitations", customerId);
    } catch (DuplicateKeyException optedOutBefore) {
      LOG.debug("Customer {} had opted out of review invitations before", customerId);
    }
  }
}
