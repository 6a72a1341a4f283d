package io.reviewrecovery.database;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in words why the application stopped when the database's migrations are not the ones it
 * knows. Registered in {@code META-INF/spring.factories}.
 */
public class UnknownSchemaFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
    return new FailureAnalysis(
        "The database's schema is not one this version of Review Recovery knows, so it does not start. "
            + "Flyway found: " + cause.getMessage(),
        "If a newer version of Review Recovery migrated this database, run that version (or a newer one). "
            + "If a migration of this version was changed or removed, restore it. Do not \"repair\" the "
            + "schema history to make this version start: it would work on tables it does not know.",
        cause);
  }
}
