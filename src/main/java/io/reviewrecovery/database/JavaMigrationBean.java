package io.reviewrecovery.database;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, registered as a Spring bean so that Spring Boot hands it to Flyway
 * beside the SQL migrations: its number and description, run in the migration's transaction.
 * It has no checksum: there is no script text to sum, and Flyway still checks its version and
 * description against the database's history.
 */
public abstract class JavaMigrationBean implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  protected JavaMigrationBean(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
