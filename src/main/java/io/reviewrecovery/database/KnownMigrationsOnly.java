package io.reviewrecovery.database;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Refuses to start against a database that holds a migration this version does not have, e.g. one
 * a newer version applied: Flyway's validation ignores such "future" migrations unless told not to.
 */
@Component
public class KnownMigrationsOnly implements FlywayConfigurationCustomizer {

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration.validateOnMigrate(true).ignoreMigrationPatterns(new String[0]);
  }
}
