package io.reviewrecovery.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Where the engine plugins put the guards that check a command before the engine runs it. */
public final class CommandGuards {

  private CommandGuards() {
  }

  /**
   * Adds the guard to the engine's transactional command chain, after the interceptor that opens
   * the command context: the guard can read the database and the caller, and what it throws rolls
   * everything back. A {@link org.camunda.bpm.engine.BadUserRequestException} becomes 400 over REST.
   */
  public static void install(ProcessEngineConfigurationImpl configuration, CommandInterceptor guard) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(guard);
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
