package io.reviewrecovery.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.reviewrecovery.ReviewRecoveryApplication;
import io.reviewrecovery.TestPostgres;
import io.reviewrecovery.cases.CaseTimelineBackfill;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Camunda's schema comes from migration 5, and the application refuses a schema it does not know.
 * On H2, and in the PostgreSQL test run on a new PostgreSQL database per test.
 */
@Tag("postgres")
class SchemaMigrationsTest {

  private final TestPostgres.Database database = newDatabase();

  @Test
  void aDatabaseThatANewerVersionMigratedStopsTheStartUpAndTheAnalysisSaysWhy() {
    migrations("classpath:db/migration", "classpath:db/newer-version").load().migrate();

    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ReviewRecoveryApplication.class)
        .profiles("local", "test").run("--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
            "--server.port=0", "--management.server.port=0").close());

    assertThat(failure).hasRootCauseInstanceOf(FlywayValidateException.class);
    FlywayValidateException validation = (FlywayValidateException) rootCause(failure);
    FailureAnalysis analysis = new UnknownSchemaFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("not one this version of Review Recovery knows",
        "applied migration not resolved locally: 99");
    assertThat(analysis.getAction()).contains("run that version");
    assertThat(validation.getMessage()).contains("99");
    assertThat(tablesOf(database, "ADDED_BY_A_NEWER_VERSION")).as("nothing was undone").isEqualTo(1);
  }

  @Test
  void migrationFiveTakesOverTheTablesThatTheEngineCreatedBeforeThereWasAMigrationForThem() {
    migrations("classpath:db/migration").target("4").load().migrate();
    engineCreatesItsTables(database);
    int camundaTables = tablesOf(database, "ACT_%");

    migrations("classpath:db/migration").load().migrate();

    assertThat(migrations("classpath:db/migration").load().info().applied())
        .extracting(migration -> migration.getVersion().getVersion()).contains("5");
    assertThat(tablesOf(database, "ACT_%")).isEqualTo(camundaTables).isGreaterThan(40);
  }

  @Test
  void onAnEmptyDatabaseMigrationFiveCreatesWhatTheEngineWouldCreate() {
    migrations("classpath:db/migration").load().migrate();

    TestPostgres.Database engineCreated = newDatabase();
    engineCreatesItsTables(engineCreated);

    assertThat(tablesOf(database, "ACT_%")).isEqualTo(tablesOf(engineCreated, "ACT_%")).isGreaterThan(40);
  }

  private static TestPostgres.Database newDatabase() {
    return TestPostgres.selected() ? TestPostgres.newDatabase()
        : new TestPostgres.Database("jdbc:h2:mem:schema-migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** What an earlier version did: the engine created its own tables at start-up. */
  private static void engineCreatesItsTables(TestPostgres.Database database) {
    ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("engine-created-schema-" + UUID.randomUUID())
        .setJdbcUrl(database.url()).setJdbcUsername(database.user()).setJdbcPassword(database.password())
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .buildProcessEngine().close();
  }

  private FluentConfiguration migrations(String... locations) {
    return Flyway.configure().dataSource(database.url(), database.user(), database.password()).locations(locations)
        .javaMigrations(new CamundaSchemaMigration(), new CaseTimelineBackfill());
  }

  private static int tablesOf(TestPostgres.Database database, String namePattern) {
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    return jdbc.queryForObject("select count(*) from information_schema.tables where upper(table_name) like ?",
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
