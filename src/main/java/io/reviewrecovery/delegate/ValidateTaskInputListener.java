package io.reviewrecovery.delegate;

import io.reviewrecovery.process.TaskInputRules;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * On completion of every user task: stores yes/no answers as booleans and refuses what breaks
 * {@link TaskInputRules}. The engine rolls
 * the completion back, the task stays open, and the REST API and Tasklist answer 400 with the
 * reasons.
 */
@Component
public class ValidateTaskInputListener implements TaskListener {

  private final TaskInputRules rules;

  public ValidateTaskInputListener(TaskInputRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    rules.storeYesNoAnswersAsBooleans(task);
    List<String> problems = rules.problems(task);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(task.getTaskDefinitionKey(),
          "'" + task.getName() + "' cannot be completed yet: " + String.join(" ", problems));
    }
  }
}
