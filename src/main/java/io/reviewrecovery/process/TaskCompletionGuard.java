package io.reviewrecovery.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Refuses to complete a task of the review recovery process when what it would hold breaks
 * {@link TaskInputRules}, whichever way it is completed: Tasklist's form submission, the REST API's
 * complete or submit-form, or the Java API. A completion may set only the fields of the task's form
 * ({@link TaskForms}), and the task's own answers count only when given now. It also refuses BPMN
 * errors and escalations thrown from these tasks, which would end a case past every check. It runs
 * before the engine acts, so nothing changes, and the REST API answers 400 with the reasons. (A
 * task listener cannot do this: the engine wraps whatever a listener throws into an internal error.)
 */
public class TaskCompletionGuard extends CommandInterceptor {

  private static final CommandField<String> COMPLETE_TASK_ID = new CommandField<>(CompleteTaskCmd.class, "taskId");
  private static final CommandField<Map<?, ?>> COMPLETE_VARIABLES = new CommandField<>(CompleteTaskCmd.class, "variables");
  private static final CommandField<String> SUBMIT_TASK_ID = new CommandField<>(SubmitTaskFormCmd.class, "taskId");
  private static final CommandField<Map<?, ?>> SUBMIT_VARIABLES = new CommandField<>(SubmitTaskFormCmd.class, "properties");
  private static final CommandField<String> BPMN_ERROR_TASK_ID = new CommandField<>(HandleTaskBpmnErrorCmd.class, "taskId");
  private static final CommandField<String> ESCALATION_TASK_ID = new CommandField<>(HandleTaskEscalationCmd.class, "taskId");

  private final TaskInputRules rules;
  private final TaskForms forms;

  public TaskCompletionGuard(TaskInputRules rules, TaskForms forms) {
    this.rules = rules;
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CompleteTaskCmd) {
      check(COMPLETE_TASK_ID.readFrom(command), COMPLETE_VARIABLES.readFrom(command));
    } else if (command instanceof SubmitTaskFormCmd) {
      check(SUBMIT_TASK_ID.readFrom(command), SUBMIT_VARIABLES.readFrom(command));
    } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      refuseErrorsAndEscalations(
          (command instanceof HandleTaskBpmnErrorCmd ? BPMN_ERROR_TASK_ID : ESCALATION_TASK_ID).readFrom(command));
    }
    return next.execute(command);
  }

  /**
   * The process models no error or escalation on its user tasks: one thrown from a task would end
   * the case without its outcome, past every check. Only completing a task moves a case on.
   */
  private void refuseErrorsAndEscalations(String taskId) {
    TaskEntity task = taskOfThisProcess(taskId);
    if (task != null) {
      throw new BadUserRequestException("'" + stepName(task) + "' takes no BPMN error or escalation: complete it "
          + "through its form instead.");
    }
  }

  private void check(String taskId, Map<?, ?> submitted) {
    TaskEntity task = taskOfThisProcess(taskId);
    if (task == null) {
      return; // unknown tasks and tasks of other processes are the engine's business
    }
    // Who may not work on the task learns nothing about what it needs: the engine's 403 comes first.
    Context.getCommandContext().getProcessEngineConfiguration().getCommandCheckers()
        .forEach(checker -> checker.checkTaskWork(task));
    Set<String> editable = forms.editableFields(task.getTaskDefinitionKey());
    Map<?, ?> given = submitted == null ? Map.of() : submitted;
    List<String> foreign = given.keySet().stream().map(String::valueOf).filter(name -> !editable.contains(name))
        .sorted().toList();
    if (!foreign.isEmpty()) {
      throw new FormFieldValidationException(task.getTaskDefinitionKey(), "'" + stepName(task) + "' does not take "
          + String.join(", ", foreign) + ": a task sets only the fields of its form (" + String.join(", ", editable) + ").");
    }
    // The task's own fields count only as submitted now, never as left over from earlier.
    Map<String, Object> values = new HashMap<>(task.getVariables());
    values.keySet().removeAll(editable);
    given.keySet().forEach(name -> values.put((String) name, plainValue(given, (String) name)));
    TaskInput input = new TaskInput(task.getTaskDefinitionKey(), stepName(task),
        task.getExecution().getProcessBusinessKey(), values);
    List<String> problems = rules.problems(input);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(task.getTaskDefinitionKey(),
          "'" + stepName(task) + "' cannot be completed yet: " + String.join(" ", problems));
    }
  }

  /** The step's name in the diagram: the task's own name also quotes the review. */
  private static String stepName(TaskEntity task) {
    return task.getExecution().getActivity().getName();
  }

  private static TaskEntity taskOfThisProcess(String taskId) {
    TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
    boolean ofThisProcess = task != null && task.getExecution() != null
        && ReviewRecoveryProcess.PROCESS_ID.equals(task.getProcessDefinition().getKey());
    return ofThisProcess ? task : null;
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
}
