package io.reviewrecovery.database;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Builds the process engine only after the migrations ran: the engine creates no tables of its own
 * and checks at start-up that its tables are there. Registered in {@code META-INF/spring.factories}.
 */
public class ProcessEngineAfterMigrations implements DependsOnDatabaseInitializationDetector {

  @Override
  public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
    return Set.of(beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, true, false));
  }
}
