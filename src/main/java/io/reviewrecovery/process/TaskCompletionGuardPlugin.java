package io.reviewrecovery.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs the {@link TaskCompletionGuard} in the engine's command chain. */
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
    CommandGuards.install(configuration, new TaskCompletionGuard(rules, forms));
  }
}
