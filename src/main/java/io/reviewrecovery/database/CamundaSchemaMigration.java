package io.reviewrecovery.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 5: Camunda's own tables, from the create scripts in the engine's jar for the database
 * at hand (H2 or PostgreSQL), so the engine never changes the schema itself
 * ({@code camunda.bpm.database.schema-update: false}). A database where an earlier version of this
 * application let the engine create its tables keeps them: they are taken over as they are, if
 * they belong to this engine's minor version.
 *
 * <p>Like every {@link JavaMigrationBean} it has no checksum, which suits it: the scripts are the
 * engine's, and a database that got its tables from the engine itself ran none.
 *
 * <p>A later Camunda version is a new migration that runs Camunda's upgrade script for it.
 */
@Component
public class CamundaSchemaMigration extends JavaMigrationBean {

  /** The minor version whose schema this migration creates; the engine on the class path must be it. */
  static final String CAMUNDA_MINOR_VERSION = "7.24";

  /** In the order the engine creates them itself (DbSqlSession#dbSchemaCreate). */
  private static final List<String> COMPONENTS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  /** Camunda's name for each database this application runs on, by the JDBC driver's product name. */
  private static final Map<String, String> CAMUNDA_DATABASE_TYPES = Map.of("H2", "h2", "PostgreSQL", "postgres");

  private static final Logger LOG = LoggerFactory.getLogger(CamundaSchemaMigration.class);

  public CamundaSchemaMigration() {
    super("5", "Camunda " + CAMUNDA_MINOR_VERSION + " engine schema");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    String engineVersion = ProductPropertiesUtil.getProductVersion();
    if (!engineVersion.startsWith(CAMUNDA_MINOR_VERSION + ".")) {
      throw new IllegalStateException("Migration 5 creates the schema of Camunda " + CAMUNDA_MINOR_VERSION
          + ", but the engine is " + engineVersion + ": add a migration with Camunda's upgrade script instead");
    }
    Connection connection = context.getConnection();
    if (engineTablesExist(connection)) {
      String schemaVersion = schemaVersion(connection);
      if (!schemaVersion.startsWith(CAMUNDA_MINOR_VERSION + ".")) {
        throw new IllegalStateException("The database holds Camunda's tables of version " + schemaVersion
            + ", not " + CAMUNDA_MINOR_VERSION + ": upgrade them with Camunda's scripts first");
      }
      LOG.info("Camunda's tables of version {} were created by the engine earlier; they are kept as they are",
          schemaVersion);
      return;
    }
    String databaseType = camundaDatabaseType(connection);
    for (String component : COMPONENTS) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource(
          "org/camunda/bpm/engine/db/create/activiti." + databaseType + ".create." + component + ".sql"));
    }
    LOG.info("Created Camunda's tables of version {} on {}", engineVersion, databaseType);
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    try (var statement = connection.prepareStatement("""
        select count(*) from information_schema.tables
         where lower(table_name) = 'act_ge_property' and table_schema = current_schema
        """); var result = statement.executeQuery()) {
      result.next();
      return result.getInt(1) > 0;
    }
  }

  /** The version the engine last wrote to its schema log, when it created or upgraded its tables. */
  private static String schemaVersion(Connection connection) throws SQLException {
    try (var statement = connection.prepareStatement(
        "select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc");
        var result = statement.executeQuery()) {
      return result.next() ? result.getString(1) : "unknown";
    }
  }

  private static String camundaDatabaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String type = CAMUNDA_DATABASE_TYPES.get(product);
    if (type == null) {
      throw new IllegalStateException("Review Recovery runs on H2 or PostgreSQL, not on " + product);
    }
    return type;
  }
}
