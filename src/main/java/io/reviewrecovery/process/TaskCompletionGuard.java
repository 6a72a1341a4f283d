package io.reviewrecovery.process;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Refuses to complete a task of the review recovery process when what it would hold breaks
 * {@link TaskInputRules}, whichever way it is completed: Tasklist's form submission, the REST API's
 * complete or submit-form, or the Java API. It runs before the engine completes the task, so
 * nothing changes, and throws the engine's form validation exception, which the REST API answers
 * with 400 and the reasons. (A task listener cannot do this: the engine wraps whatever a listener
 * throws into an internal error.)
 */
public class TaskCompletionGuard extends CommandInterceptor {

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

  private final TaskInputRules rules;

  public TaskCompletionGuard(TaskInputRules rules) {
    this.rules = rules;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CompleteTaskCmd) {
      check((String) read(COMPLETE_TASK_ID, command), (Map<?, ?>) read(COMPLETE_VARIABLES, command));
    } else if (command instanceof SubmitTaskFormCmd) {
      check((String) read(SUBMIT_TASK_ID, command), (Map<?, ?>) read(SUBMIT_VARIABLES, command));
    }
    return next.execute(command);
  }

  private void check(String taskId, Map<?, ?> submitted) {
    CommandContext commandContext = Context.getCommandContext();
    TaskEntity task = taskId == null ? null : commandContext.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecution() == null
        || !ReviewRecoveryProcess.PROCESS_ID.equals(task.getProcessDefinition().getKey())) {
      return; // unknown tasks and tasks of other processes are the engine's business
    }
    // Who may not work on the task learns nothing about what it needs: the engine's 403 comes first.
    commandContext.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    Map<String, Object> values = new HashMap<>(task.getVariables());
    if (submitted != null) {
      submitted.keySet().forEach(name -> values.put((String) name, plainValue(submitted, (String) name)));
    }
    TaskInput input = new TaskInput(task.getTaskDefinitionKey(), task.getName(),
        task.getExecution().getProcessBusinessKey(), values);
    List<String> problems = rules.problems(input);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(task.getTaskDefinitionKey(),
          "'" + task.getName() + "' cannot be completed yet: " + String.join(" ", problems));
    }
  }

  /** The submitted value; a JSON value that arrived serialized (as from REST) as its text. */
  private static Object plainValue(Map<?, ?> submitted, String name) {
    if (submitted instanceof VariableMap variables) {
      TypedValue typed = variables.getValueTyped(name);
      if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
        return serializable.getValueSerialized();
      }
      return typed == null ? null : typed.getValue();
    }
    return submitted.get(name);
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("This Camunda version has no " + type.getSimpleName() + "." + name, e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
