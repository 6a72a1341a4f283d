package io.reviewrecovery.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the admin user comes from {@code REVIEW_RECOVERY_ADMIN_USER} and
 * {@code REVIEW_RECOVERY_ADMIN_PASSWORD} (through {@code camunda.bpm.admin-user}). Without them, with
 * an id the engine would refuse ({@link IdentityIds}), or with a password that is easy to guess, the
 * engine is not built and the application does not start. It checks before the engine exists, so
 * the starter never creates an admin user with a weak password (the starter creates the admin user
 * once and never changes its password later).
 */
@Component
@Profile("prod")
public class ProductionAdminUser extends AbstractProcessEnginePlugin {

  static final int MIN_PASSWORD_LENGTH = 12;

  private static final Set<String> COMMON_PASSWORDS = Set.of(
      "password", "password1", "password12", "password123", "password1234", "passwort1234",
      "123456789012", "1234567890123", "qwertyuiop12", "qwertzuiop12", "letmein12345",
      "changeme1234", "administrator", "administrator1", "welcome12345", "camunda12345",
      "reviewrecovery", "review-recovery");

  private final String userId;
  private final String password;

  public ProductionAdminUser(@Value("${camunda.bpm.admin-user.id:}") String userId,
      @Value("${camunda.bpm.admin-user.password:}") String password) {
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> problems = problems(userId, password);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The admin user for production is not usable: " + String.join(" ", problems));
    }
  }

  /** What is wrong with these admin credentials; empty when nothing is. */
  static List<String> problems(String userId, String password) {
    List<String> problems = new ArrayList<>();
    if (userId == null || userId.isBlank()) {
      problems.add("Set REVIEW_RECOVERY_ADMIN_USER to the admin's user id.");
    } else if (!IdentityIds.isValid(userId)) {
      problems.add("REVIEW_RECOVERY_ADMIN_USER '" + userId + "' is not a valid user id: use " + IdentityIds.RULE
          + ", such as ops-admin.");
    }
    if (password == null || password.isBlank()) {
      problems.add("Set REVIEW_RECOVERY_ADMIN_PASSWORD to the admin's password.");
      return problems;
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      problems.add("REVIEW_RECOVERY_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    if (password.equalsIgnoreCase(userId)) {
      problems.add("REVIEW_RECOVERY_ADMIN_PASSWORD must not be the user id.");
    }
    if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
      problems.add("REVIEW_RECOVERY_ADMIN_PASSWORD is a common password; choose one nobody would guess.");
    }
    return problems;
  }
}
