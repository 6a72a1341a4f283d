package io.reviewrecovery.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;

/**
 * What our engine plugins add to the engine as it is built (in {@code preInit}): listeners the
 * engine attaches as it parses the review recovery process, and command interceptors at their
 * place in the command chain. Each call adds to what the configuration already holds, so no plugin
 * drops another's additions, whatever order Spring gives them.
 */
public final class EngineSetup {

  private EngineSetup() {
  }

  /** Has the engine call {@code listener} as it parses every BPMN, after its own parsing of each element. */
  public static void addParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    configuration.setCustomPostBPMNParseListeners(with(configuration.getCustomPostBPMNParseListeners(), listener));
  }

  /**
   * Adds the guard to the engine's transactional command chain, after the interceptor that opens
   * the command context: the guard can read the database and the caller, and what it throws rolls
   * everything back. A {@link org.camunda.bpm.engine.BadUserRequestException} becomes 400 over REST.
   */
  public static void addCommandGuard(ProcessEngineConfigurationImpl configuration, CommandInterceptor guard) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), guard));
  }

  /**
   * Puts {@code interceptor} first in the engine's transactional command chain, before the
   * transaction and the command context exist: it sees how each command ends, after the engine's
   * rollback and logging.
   */
  public static void addOutermostInterceptor(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(interceptor);
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Whether a process or activity being parsed is (in) the review recovery process, of any version. */
  public static boolean ofReviewRecovery(ScopeImpl processOrActivity) {
    return processOrActivity.getProcessDefinition() instanceof ProcessDefinitionEntity process
        && ReviewRecoveryProcess.PROCESS_ID.equals(process.getKey());
  }

  private static <T> List<T> with(List<T> configured, T added) {
    List<T> all = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
    all.add(added);
    return all;
  }
}
