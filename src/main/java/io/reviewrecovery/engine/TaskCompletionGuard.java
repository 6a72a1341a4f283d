package io.reviewrecovery.engine;

import io.reviewrecovery.input.ControlCharacters;
import io.reviewrecovery.process.CaseLogContext;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.story.GuardRefusal;
import io.reviewrecovery.story.GuardRefusals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to complete a task of the review recovery process when what it would hold breaks
 * {@link TaskInputRules}, whichever way it is completed: Tasklist's form submission, the REST API's
 * complete or submit-form, or the Java API. A completion may set only the fields of the task's form
 * as deployed with its process ({@link TaskForm}), and the task's own answers count only when given now. It also refuses BPMN
 * errors and escalations thrown from these tasks, which would end a case past every check. It runs
 * before the engine acts, so nothing changes, and the REST API answers 400 with the reasons. (A
 * task listener cannot do this: the engine wraps whatever a listener throws into an internal error.)
 */
public class TaskCompletionGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(TaskCompletionGuard.class);

  private static final CommandField<String> COMPLETE_TASK_ID = new CommandField<>(CompleteTaskCmd.class, "taskId");
  private static final CommandField<Map<?, ?>> COMPLETE_VARIABLES = new CommandField<>(CompleteTaskCmd.class, "variables");
  private static final CommandField<String> SUBMIT_TASK_ID = new CommandField<>(SubmitTaskFormCmd.class, "taskId");
  private static final CommandField<Map<?, ?>> SUBMIT_VARIABLES = new CommandField<>(SubmitTaskFormCmd.class, "properties");
  private static final CommandField<String> BPMN_ERROR_TASK_ID = new CommandField<>(HandleTaskBpmnErrorCmd.class, "taskId");
  private static final CommandField<String> ESCALATION_TASK_ID = new CommandField<>(HandleTaskEscalationCmd.class, "taskId");

  private final TaskInputRules rules;
  private final GuardRefusals refusals;

  public TaskCompletionGuard(TaskInputRules rules, GuardRefusals refusals) {
    this.rules = rules;
    this.refusals = refusals;
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
      String why = "'" + stepName(task) + "' takes no BPMN error or escalation: complete it through its form instead.";
      LOG.info("Case {}: BPMN error or escalation on task {} refused: {}", task.getExecution().getProcessBusinessKey(),
          task.getId(), why);
      record(task, why);
      throw new BadUserRequestException(why);
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
    TaskForm form = TaskForm.of(task);
    Set<String> editable = form.editableFields();
    Map<?, ?> given = submitted == null ? Map.of() : submitted;
    List<String> foreign = given.keySet().stream().map(String::valueOf).filter(name -> !editable.contains(name))
        .sorted().toList();
    if (!foreign.isEmpty()) {
      throw refused(task, "fields not on its form", "'" + stepName(task) + "' does not take " + String.join(", ", foreign)
          + ": a task sets only the fields of its form (" + String.join(", ", new TreeSet<>(editable)) + ").");
    }
    List<String> wrong = given.keySet().stream().map(String::valueOf).sorted()
        .flatMap(name -> wrongValue(form, name, submittedValue(given, name)).stream())
        .toList();
    if (!wrong.isEmpty()) {
      throw refused(task, "values its fields do not take",
          "'" + stepName(task) + "' cannot take what was submitted: " + String.join("; ", wrong) + ".");
    }
    // The task's own fields count only as submitted now, never as left over from earlier.
    Map<String, Object> values = new HashMap<>(task.getVariables());
    values.keySet().removeAll(editable);
    given.keySet().forEach(name -> values.put((String) name, plainValue(submittedValue(given, (String) name))));
    TaskInput input = new TaskInput(task.getTaskDefinitionKey(), stepName(task),
        task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(),
        Context.getCommandContext().getAuthenticatedUserId(), values);
    List<String> problems = rules.problems(input, form);
    if (!problems.isEmpty()) {
      throw refused(task, problems.size() + " problem(s) with its input",
          "'" + stepName(task) + "' cannot be completed yet: " + String.join(" ", problems));
    }
  }

  /**
   * Why a submitted value does not fit its form field, naming the field; empty when it fits. A
   * value of the wrong type would otherwise reach the listeners and gateways that read the field
   * (a checklist's reasons as text fail the report's draft), and a control character in a text
   * would reach the database, where PostgreSQL cannot store a NUL.
   */
  private static Optional<String> wrongValue(TaskForm form, String field, Object submitted) {
    TaskForm.FieldType type = form.fieldType(field);
    // A serialized value (Json, or an Object) stays typed: its value may not even be readable yet.
    Object value = submitted instanceof TypedValue typed && !(typed instanceof SerializableValue) ? typed.getValue()
        : submitted;
    boolean fits = value == null || switch (type) {
      case TEXT -> value instanceof String;
      case YES_NO -> value instanceof Boolean || value instanceof String;
      case NUMBER -> value instanceof Number;
      case JSON_LIST -> value instanceof SpinJsonNode || value instanceof SerializableValue typed && isJson(typed);
    };
    if (!fits) {
      return Optional.of(field + " must be " + type.description() + ", not " + describeType(submitted));
    }
    return value instanceof String text ? ControlCharacters.problem(text).map(problem -> field + " " + problem)
        : Optional.empty();
  }

  /** A value of Camunda Spin's type {@code Json}, however it arrived: its text may not even be read yet. */
  private static boolean isJson(TypedValue typed) {
    return typed.getType() != null && SpinValueType.JSON.getName().equals(typed.getType().getName());
  }

  private static String describeType(Object submitted) {
    if (submitted instanceof TypedValue typed && typed.getType() != null) {
      return "a value of type " + typed.getType().getName();
    }
    Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
    return value instanceof String ? "text" : "a value of class " + value.getClass().getSimpleName();
  }

  /**
   * The refusal, with {@code why} for the user and in the case's story (which staff and auditors may
   * read). The log says only {@code what} was wrong: {@code why} quotes what the user wrote, which may
   * name the customer.
   */
  private FormFieldValidationException refused(TaskEntity task, String what, String why) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    try (var logContext = CaseLogContext.of(businessKey)) {
      LOG.info("Case {}: completing '{}' (task {}) refused: {}", businessKey, stepName(task), task.getId(), what);
    }
    record(task, why);
    return new FormFieldValidationException(task.getTaskDefinitionKey(), why);
  }

  private void record(TaskEntity task, String why) {
    refusals.record(new GuardRefusal(task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(),
        stepName(task), Context.getCommandContext().getAuthenticatedUserId(), why, ClockUtil.getCurrentTime().toInstant()));
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

  /** The value as submitted: typed if it came typed (as over REST), for a JSON value its type without reading it. */
  private static Object submittedValue(Map<?, ?> submitted, String name) {
    return submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
  }

  /** The plain value; a JSON value that arrived serialized (as from REST) as its text. */
  private static Object plainValue(Object submitted) {
    if (submitted instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return submitted instanceof TypedValue typed ? typed.getValue() : submitted;
  }
}
