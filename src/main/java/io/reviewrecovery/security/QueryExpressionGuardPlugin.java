package io.reviewrecovery.security;

import io.reviewrecovery.engine.CommandGuards;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs the {@link QueryExpressionGuard} in the engine's command chain. */
@Component
public class QueryExpressionGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandGuards.install(configuration, new QueryExpressionGuard());
  }
}
