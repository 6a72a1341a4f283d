package io.reviewrecovery;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the build's "postgres" test run, gives every Spring test context a PostgreSQL database of its
 * own (as each has its own H2 database otherwise), set as the {@code postgres} profile sets it
 * (that profile itself cannot be switched on here, after the configuration files were read). Registered for all test classes in {@code META-INF/spring.factories}; the customizer is
 * the same for every class, so contexts are cached as they are on H2.
 */
public class PostgresDatabasePerContext implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
    return TestPostgres.selected() ? new OwnDatabase() : null;
  }

  private static final class OwnDatabase implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      TestPostgres.Database database = TestPostgres.newDatabaseForSpring();
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test PostgreSQL database", Map.of(
          "spring.datasource.url", database.url(),
          "spring.datasource.username", database.user(),
          "spring.datasource.password", database.password(),
          "spring.datasource.driver-class-name", "org.postgresql.Driver",
          "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OwnDatabase;
    }

    @Override
    public int hashCode() {
      return OwnDatabase.class.hashCode();
    }
  }
}
