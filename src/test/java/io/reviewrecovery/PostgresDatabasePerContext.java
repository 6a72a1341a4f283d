package io.reviewrecovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the build's "postgres" test run, gives every Spring test context a PostgreSQL database of its
 * own (as each has its own H2 database otherwise), set as the {@code postgres} profile sets it
 * (the profile itself cannot be switched on here, after the configuration files were read), and
 * the job executor to the classes marked {@link JobExecutorOnPostgres}. Registered for all test
 * classes in {@code META-INF/spring.factories}. Customizers are equal for equal settings, so
 * contexts are cached as they are on H2.
 */
public class PostgresDatabasePerContext implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
    return TestPostgres.selected()
        ? new OwnDatabase(AnnotatedElementUtils.hasAnnotation(testClass, JobExecutorOnPostgres.class))
        : null;
  }

  private record OwnDatabase(boolean jobExecutor) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      TestPostgres.Database database = TestPostgres.newDatabaseForSpring();
      Map<String, Object> properties = new HashMap<>(Map.of(
          "spring.datasource.url", database.url(),
          "spring.datasource.username", database.user(),
          "spring.datasource.password", database.password(),
          "spring.datasource.driver-class-name", "org.postgresql.Driver",
          "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true"));
      if (jobExecutor) {
        properties.put("camunda.bpm.job-execution.enabled", "true");
        // Due jobs the test did not create itself (the next step's) are looked for every 200 ms.
        properties.put("camunda.bpm.job-execution.max-wait", "200");
      }
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test PostgreSQL database", properties));
    }
  }
}
