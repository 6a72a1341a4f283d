package io.reviewrecovery.cases;

import io.reviewrecovery.process.ReviewRecoveryProcess;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A review recovery case starts only through the intake (the case API's {@code ReviewIntake}, behind
 * {@code POST /api/reviews}, the platform poller and the webhooks), which checks the review and
 * registers one case per review. Any other start of the process is refused before anything is
 * written: {@code /engine-rest}'s {@code start} (with or without start instructions),
 * {@code submit-form} and {@code restart}, the same calls from the webapps, the Java API. Such a
 * start would skip the review's checks and the case register, and the case would end in an
 * incident. Over REST the refusal is a 400 that says to use the case API.
 *
 * <p>The intake identifies itself by starting the process inside {@link #startThroughTheIntake},
 * which marks the current thread for that one call. No HTTP caller can set the mark, and no
 * variable counts: a caller may send any variable. Tests that set a case up as the intake would
 * use it too.
 *
 * <p>The check is a listener on the start of the process, added as the BPMN is parsed, so it holds
 * for every version, also one an admin deploys, and for every way of creating an instance. It is a
 * built-in listener, which {@code skipCustomListeners} does not skip. It runs when the instance is
 * created, before its first step, in the caller's thread; this needs a start event without
 * {@code asyncBefore} (the start listeners would run in the job executor, where no intake is).
 * The refusal is a {@link BadUserRequestException}, which the engine rolls back and logs at DEBUG.
 * Camunda's REST API answers any engine exception from a start with 500, though, all but its own
 * {@link InvalidRequestException}: the outermost command interceptor hands the refusal over as one,
 * with status 400.
 */
@Component
public class CaseStartGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CaseStartGuard.class);

  private static final ThreadLocal<Boolean> INTAKE_STARTING = ThreadLocal.withInitial(() -> false);

  private static final ExecutionListener INTAKE_ONLY = execution -> {
    if (!INTAKE_STARTING.get()) {
      LOG.info("Start of a case refused: not through the intake (user {}, business key {})",
          Context.getCommandContext().getAuthenticatedUserId(), execution.getBusinessKey());
      throw new StartRefused();
    }
  };

  /** Starts a case as the intake: {@code start} may start the review recovery process, once, in this thread. */
  public static <T> T startThroughTheIntake(Supplier<T> start) {
    boolean outer = INTAKE_STARTING.get();
    INTAKE_STARTING.set(true);
    try {
      return start.get();
    } finally {
      INTAKE_STARTING.set(outer);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (ReviewRecoveryProcess.PROCESS_ID.equals(processDefinition.getKey())) {
          processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, INTAKE_ONLY);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<CommandInterceptor> outermost = new ArrayList<>();
    outermost.add(new RefusalForRest());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      outermost.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(outermost);
  }

  /** A start outside the intake. */
  static final class StartRefused extends BadUserRequestException {

    StartRefused() {
      super("A review recovery case starts only through the case API: send the review to POST /api/reviews, "
          + "which checks it and registers the case.");
    }
  }

  /**
   * Outside the engine's transaction and its logging: the refusal as the 400 that Camunda's REST API
   * passes on. Only when the outermost command ends, so that the engine sees its own exception in a
   * command that runs others (as a restart does).
   */
  private static final class RefusalForRest extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      boolean outermost = Context.getCommandContext() == null;
      try {
        return next.execute(command);
      } catch (StartRefused refused) {
        if (!outermost) {
          throw refused;
        }
        throw new InvalidRequestException(Status.BAD_REQUEST, refused, refused.getMessage());
      }
    }
  }
}
