package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewVariables.CASE_HISTORY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the variables that are only derived from the case out of the engine's history: each task's
 * {@code caseHistory} (its form's read-only account of the case so far, about 2 KB a task, 11 KB a
 * case in two history tables) is made from the history itself and the communication log, so
 * recording it again would only store the same facts a second time. The engine still keeps the
 * variable while its task is open, where the form reads it.
 *
 * <p>The history level stays {@code full}: every other event reaches the engine's own database
 * handler unchanged, so the audit keeps who did what, every form value submitted and every
 * variable the process set. Only the history events of the derived variables (their creation,
 * updates and deletion, in {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}) are dropped.
 */
@Component
public class DerivedVariablesOutOfHistory extends AbstractProcessEnginePlugin {

  /** Variables whose every value can be made again from what the history and our tables hold. */
  static final Set<String> DERIVED = Set.of(CASE_HISTORY.name());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutDerivedVariables(new DbHistoryEventHandler()));
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    // The engine's own database handler is replaced by the one above, which wraps it.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Passes every history event on to the database, except those of a derived variable. */
  static final class WithoutDerivedVariables implements HistoryEventHandler {

    private final HistoryEventHandler database;

    WithoutDerivedVariables(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isOfDerivedVariable(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    static boolean isOfDerivedVariable(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable && DERIVED.contains(variable.getVariableName());
    }
  }
}
