package io.reviewrecovery.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Test-only engine plugin that records the id of every sequence flow an instance takes, so a test
 * class can prove it took every flow of the model: every gateway branch, boundary event and end.
 */
class SequenceFlowRecorder extends AbstractProcessEnginePlugin {

  static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
        transition.addListener(ExecutionListener.EVENTNAME_TAKE,
            (ExecutionListener) execution -> TAKEN.add(transition.getId()));
      }
    });
  }
}
