package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.YES_NO_ANSWERS;

import io.reviewrecovery.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of every user task: stores yes/no answers submitted as the text "true" or
 * "false" (what a Camunda Form's radio buttons send, as form-js cannot carry boolean option values)
 * as booleans, so gateways and reports always see a Boolean.
 */
@Component
public class StoreYesNoAnswersListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (ProcessVariable<Boolean> answer : YES_NO_ANSWERS) {
      Object value = answer.storedIn(task);
      if ("true".equals(value) || "false".equals(value)) {
        answer.set(task, Boolean.valueOf((String) value));
      }
    }
  }
}
