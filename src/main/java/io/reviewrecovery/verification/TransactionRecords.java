package io.reviewrecovery.verification;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read access to the business's customers and their purchases. */
@Repository
public class TransactionRecords {

  private static final String SELECT_PURCHASE = """
      select t.id, t.order_reference, t.purchased_on, t.description, t.amount,
             c.id as customer_id, c.full_name, c.email, c.phone
        from customer_transaction t
        join customer c on c.id = t.customer_id
      """;

  private final JdbcTemplate jdbc;

  public TransactionRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Purchase> byOrderReference(String orderReference) {
    return jdbc.query(SELECT_PURCHASE + " where upper(t.order_reference) = ?",
        TransactionRecords::purchase, orderReference.trim().toUpperCase(Locale.ROOT)).stream().findFirst();
  }

  /** Purchases of customers with this email address, compared case-insensitively. */
  public List<Purchase> byCustomerEmail(String email) {
    return jdbc.query(SELECT_PURCHASE + " where lower(c.email) = ? order by t.purchased_on desc",
        TransactionRecords::purchase, email.trim().toLowerCase(Locale.ROOT));
  }

  /** Purchases of customers with this name; {@code normalizedName} is lower case, single-spaced. */
  public List<Purchase> byCustomerName(String normalizedName) {
    return jdbc.query(SELECT_PURCHASE + " where lower(trim(c.full_name)) = ? order by t.purchased_on desc",
        TransactionRecords::purchase, normalizedName);
  }

  public Optional<CustomerContact> contact(long customerId) {
    return jdbc.query("select full_name, email, phone from customer where id = ?",
        (row, n) -> new CustomerContact(row.getString("full_name"), row.getString("email"), row.getString("phone")),
        customerId).stream().findFirst();
  }

  public BigDecimal lifetimeSpend(long customerId) {
    BigDecimal spend = jdbc.queryForObject(
        "select coalesce(sum(amount), 0) from customer_transaction where customer_id = ?",
        BigDecimal.class, customerId);
    return spend == null ? BigDecimal.ZERO : spend;
  }

  private static Purchase purchase(ResultSet row, int rowNumber) throws SQLException {
    return new Purchase(
        row.getLong("id"),
        row.getString("order_reference"),
        row.getDate("purchased_on").toLocalDate(),
        row.getString("description"),
        row.getBigDecimal("amount"),
        row.getLong("customer_id"),
        row.getString("full_name"),
        row.getString("email"),
        row.getString("phone"));
  }
}
