package io.reviewrecovery.engine;

import io.reviewrecovery.process.EngineSetup;
import io.reviewrecovery.story.GuardRefusals;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link TaskCompletionGuard} in the engine's command chain, and has
 * the engine log its refusals as the user errors they are.
 */
@Component
public class TaskCompletionGuardPlugin extends AbstractProcessEnginePlugin {

  private final TaskInputRules rules;
  private final GuardRefusals refusals;

  public TaskCompletionGuardPlugin(TaskInputRules rules, GuardRefusals refusals) {
    this.rules = rules;
    this.refusals = refusals;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSetup.addCommandGuard(configuration, new TaskCompletionGuard(rules, refusals));
    CommandContextFactory contexts = new FormRefusalsAsUserErrors();
    contexts.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(contexts);
  }

  /**
   * The engine logs every exception that ends a command at ERROR, with its stack trace
   * ({@code ENGINE-16004}, logger {@code org.camunda.bpm.engine.context}), except a few it knows to
   * be the caller's mistake ({@code BadUserRequestException}, authorization, optimistic locking),
   * which it logs at DEBUG. A refused form submission ({@link FormFieldValidationException}, the one
   * refusal for which the REST API answers 400 on complete and submit-form) is the caller's mistake
   * too: logged at DEBUG like those, and in one INFO line by the guard. Every other exception is
   * still logged at ERROR, so the engine's logger stays on for faults of ours.
   */
  private static final class FormRefusalsAsUserErrors extends CommandContextFactory {

    @Override
    public CommandContext createCommandContext() {
      return new CommandContext(processEngineConfiguration) {
        @Override
        protected boolean shouldLogFine(Throwable exception) {
          return exception instanceof FormFieldValidationException || super.shouldLogFine(exception);
        }
      };
    }
  }
}
