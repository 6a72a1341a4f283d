package io.reviewrecovery.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code postgres} profile, the database comes only from the environment: without
 * {@code REVIEW_RECOVERY_DB_URL} the start-up stops here, saying what to set, instead of later with
 * the driver's "claims to not accept jdbcUrl, ${REVIEW_RECOVERY_DB_URL}".
 */
public class PostgresSettingsRequired implements EnvironmentPostProcessor {

  static final String MISSING = "The postgres profile reads the database from the environment, and "
      + "REVIEW_RECOVERY_DB_URL is not set: set it (e.g. jdbc:postgresql://db.example:5432/review_recovery), with "
      + "REVIEW_RECOVERY_DB_USER and REVIEW_RECOVERY_DB_PASSWORD; see docs/postgresql.md";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
      return;
    }
    try {
      environment.getProperty("spring.datasource.url");
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      throw new IllegalStateException(MISSING, unresolvedPlaceholder);
    }
  }
}
