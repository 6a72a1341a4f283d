package io.reviewrecovery.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.reviewrecovery.ReviewRecoveryApplication;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Camunda's schema comes from migration 5, and the application refuses a schema it does not know. */
class SchemaMigrationsTest {

  private final String url = "jdbc:h2:mem:schema-migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Test
  void aDatabaseThatANewerVersionMigratedStopsTheStartUpAndTheAnalysisSaysWhy() {
    migrations("classpath:db/migration", "classpath:db/newer-version").load().migrate();

    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ReviewRecoveryApplication.class)
        .profiles("local", "test").run("--spring.datasource.url=" + url, "--server.port=0").close());

    assertThat(failure).hasRootCauseInstanceOf(FlywayValidateException.class);
    FlywayValidateException validation = (FlywayValidateException) rootCause(failure);
    FailureAnalysis analysis = new UnknownSchemaFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("not one this version of Review Recovery knows",
        "applied migration not resolved locally: 99");
    assertThat(analysis.getAction()).contains("run that version");
    assertThat(validation.getMessage()).contains("99");
    assertThat(tables("ADDED_BY_A_NEWER_VERSION")).as("nothing was undone").isEqualTo(1);
  }

  @Test
  void migrationFiveTakesOverTheTablesThatTheEngineCreatedBeforeThereWasAMigrationForThem() {
    migrations("classpath:db/migration").target("4").load().migrate();
    ProcessEngine engineOfAnEarlierVersion = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("engine-created-schema-" + UUID.randomUUID())
        .setJdbcUrl(url).setJdbcUsername("sa").setJdbcPassword("")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    engineOfAnEarlierVersion.close();
    int camundaTables = tables("ACT_%");

    migrations("classpath:db/migration").load().migrate();

    assertThat(migrations("classpath:db/migration").load().info().current().getVersion().getVersion()).isEqualTo("5");
    assertThat(tables("ACT_%")).isEqualTo(camundaTables).isGreaterThan(40);
  }

  @Test
  void onAnEmptyDatabaseMigrationFiveCreatesWhatTheEngineWouldCreate() {
    migrations("classpath:db/migration").load().migrate();
    int fromTheMigration = tables("ACT_%");

    String engineUrl = "jdbc:h2:mem:engine-created-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("engine-created-schema-" + UUID.randomUUID())
        .setJdbcUrl(engineUrl).setJdbcUsername("sa").setJdbcPassword("")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .buildProcessEngine().close();

    assertThat(fromTheMigration).isEqualTo(tablesOf(engineUrl, "ACT_%"));
  }

  private FluentConfiguration migrations(String... locations) {
    return Flyway.configure().dataSource(url, "sa", "").locations(locations)
        .javaMigrations(new CamundaSchemaMigration());
  }

  private int tables(String namePattern) {
    return tablesOf(url, namePattern);
  }

  private static int tablesOf(String url, String namePattern) {
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    return jdbc.queryForObject("select count(*) from information_schema.tables where table_name like ?",
        Integer.class, namePattern);
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
