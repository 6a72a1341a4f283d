package io.reviewrecovery.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Installs the {@link TaskCompletionGuard} inside the engine's transactional command chain. */
@Component
public class TaskCompletionGuardPlugin extends AbstractProcessEnginePlugin {

  private final TaskInputRules rules;
  private final TaskForms forms;

  public TaskCompletionGuardPlugin(TaskInputRules rules, TaskForms forms) {
    this.rules = rules;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new TaskCompletionGuard(rules, forms));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
