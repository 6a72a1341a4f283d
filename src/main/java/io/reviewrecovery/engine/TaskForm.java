package io.reviewrecovery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.spin.Spin;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a user task's Camunda Form lets a person set: the fields it does not show read-only, each with
 * the {@link FieldType} of value its component submits and the checks the form declares (required,
 * the values a select, radio group or checklist offers, lengths, a number's bounds, a date). Read
 * from the form deployed with the task's process, so the form stays the one place that says what a
 * task takes, also for a task a process owner adds in Modeler. Tasklist applies a form's checks in
 * the browser only; {@link TaskInputRules} applies them on the server to a task it has no rules of
 * its own for.
 */
public final class TaskForm {

  /** The kind of value a form component submits, as Tasklist sends it. */
  public enum FieldType {
    /** A text field or area, a select, a date, or radio buttons with other values than true and false. */
    TEXT("text"),
    /** A checkbox, or radio buttons offering {@code true} and {@code false} (submitted as that text). */
    YES_NO("true or false"),
    NUMBER("a number"),
    /** A checklist or tag list: the chosen values as a JSON array (Camunda type {@code Json}), e.g. {@code ["SPAM"]}. */
    JSON_LIST("a JSON list (type Json), e.g. [\"SPAM\"]");

    private final String description;

    FieldType(String description) {
      this.description = description;
    }

    /** What a value of the field must be, for messages. */
    public String description() {
      return description;
    }

    static FieldType of(JsonNode component) {
      return switch (component.path("type").asText()) {
        case "checkbox" -> YES_NO;
        case "radio" -> offersOnlyTrueAndFalse(component) ? YES_NO : TEXT;
        case "number" -> NUMBER;
        case "checklist", "taglist" -> JSON_LIST;
        case "textfield", "textarea", "select", "datetime" -> TEXT;
        default -> throw new IllegalStateException("Form field '" + component.path("key").asText()
            + "' is a " + component.path("type").asText() + ", a component whose values the task guard does not know");
      };
    }

    private static boolean offersOnlyTrueAndFalse(JsonNode radio) {
      return Set.of("false", "true").equals(new TreeSet<>(staticValues(radio)));
    }
  }

  /**
   * One field a person fills in, with the checks its form declares. A field shown only under a
   * condition is never required here: the condition is FEEL, which only the browser evaluates.
   *
   * @param allowedValues the values a select, radio group, checklist or tag list offers; empty when any
   * @param dateKind the subtype of a date/time field ({@code date}, {@code time}, {@code datetime}); {@code null} for others
   */
  public record Field(String key, String label, String component, FieldType type, boolean required,
      List<String> allowedValues, Integer minLength, Integer maxLength, Double min, Double max, String dateKind) {

    /** The problems with this value (plain, a JSON list as its text), each naming the field; empty when it fits. */
    List<String> problems(Object value) {
      String name = label.isBlank() || label.equals(key) ? key : key + " (" + label + ")";
      if (value == null || value instanceof String text && text.isBlank() || type == FieldType.JSON_LIST && listItems(value).isEmpty()) {
        return required ? List.of((type == FieldType.JSON_LIST ? "Choose at least one value for " : "Fill in ") + name + ".")
            : List.of();
      }
      List<String> problems = new ArrayList<>();
      switch (type) {
        case YES_NO -> {
          Boolean answer = value instanceof Boolean yesNo ? yesNo : "true".equals(value) ? Boolean.TRUE
              : "false".equals(value) ? Boolean.FALSE : null;
          if (answer == null) {
            problems.add(name + " must be true or false.");
          } else if (required && "checkbox".equals(component) && !answer) {
            problems.add("Tick " + name + ".");
          }
        }
        case NUMBER -> {
          double number = ((Number) value).doubleValue();
          if (min != null && number < min) {
            problems.add("%s must be at least %s.".formatted(name, plain(min)));
          }
          if (max != null && number > max) {
            problems.add("%s must be at most %s.".formatted(name, plain(max)));
          }
        }
        case JSON_LIST -> listItems(value).stream().filter(item -> !allowedValues.isEmpty() && !allowedValues.contains(item))
            .findFirst().ifPresent(item -> problems.add("%s must hold only values of %s, not '%s'.".formatted(name, allowedValues, item)));
        case TEXT -> textProblems(name, (String) value).forEach(problems::add);
      }
      return problems;
    }

    private List<String> textProblems(String name, String text) {
      List<String> problems = new ArrayList<>();
      if (!allowedValues.isEmpty() && !allowedValues.contains(text)) {
        problems.add("%s must be one of %s, not '%s'.".formatted(name, allowedValues, text));
      }
      if (maxLength != null && text.length() > maxLength) {
        problems.add("Shorten %s to at most %d characters; it has %d.".formatted(name, maxLength, text.length()));
      }
      if (minLength != null && text.strip().length() < minLength) {
        problems.add("Write at least %d characters in %s.".formatted(minLength, name));
      }
      if (dateKind != null && !isDate(text)) {
        problems.add("%s must be a %s like %s, not '%s'.".formatted(name, dateKind, DATE_EXAMPLES.get(dateKind), text));
      }
      // What nobody wrote rules for may end up in expressions a process owner writes: never one itself.
      if (text.contains("${") || text.contains("#{")) {
        problems.add(name + " must not contain an expression (${ or #{).");
      }
      return problems;
    }

    private boolean isDate(String text) {
      List<Function<String, ?>> parsers = switch (dateKind) {
        case "date" -> List.of(LocalDate::parse);
        case "time" -> List.of(LocalTime::parse, OffsetTime::parse);
        default -> List.of(LocalDateTime::parse, OffsetDateTime::parse);
      };
      for (Function<String, ?> parser : parsers) {
        try {
          parser.apply(text);
          return true;
        } catch (DateTimeParseException notThisOne) {
          // try the next form
        }
      }
      return false;
    }

    private static String plain(double number) {
      return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
  }

  private static final Map<String, String> DATE_EXAMPLES = Map.of(
      "date", "2026-12-01", "time", "14:30", "datetime", "2026-12-01T14:30");

  /** A task without a Camunda Form: it takes no values. */
  public static final TaskForm NONE = new TaskForm(Map.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Field> editable;

  private TaskForm(Map<String, Field> editable) {
    this.editable = Map.copyOf(editable);
  }

  /**
   * The form of this task as deployed with its process ({@code camunda:formRef}, or a
   * {@code camunda-forms:deployment:} form key), read inside the engine's command; {@link #NONE} for a
   * task with no Camunda Form.
   */
  public static TaskForm of(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    boolean camundaForm = definition != null && (definition.getCamundaFormDefinitionKey() != null
        || definition.getFormKey() != null && definition.getFormKey().getExpressionText().startsWith("camunda-forms:"));
    if (!camundaForm) {
      return NONE;
    }
    // Who completes the task may not read forms through the API: the guard reads it for the engine.
    try (InputStream schema = Context.getCommandContext().runWithoutAuthorization(new GetDeployedTaskFormCmd(task.getId()))) {
      return read(schema);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form of task " + task.getId(), e);
    }
  }

  /** The form in this Camunda Forms schema (a {@code .form} file). */
  public static TaskForm read(InputStream schema) throws IOException {
    Map<String, Field> editable = new TreeMap<>();
    collectEditableFields(JSON.readTree(schema).path("components"), editable);
    return new TaskForm(editable);
  }

  /** The variables this task may set. */
  public Set<String> editableFields() {
    return editable.keySet();
  }

  /** The type of an editable field; {@code null} for any other. */
  public FieldType fieldType(String key) {
    return Optional.ofNullable(editable.get(key)).map(Field::type).orElse(null);
  }

  /** What the form's own checks find wrong with what the task would hold; empty when it may be completed. */
  public List<String> problems(TaskInput task) {
    return editable.values().stream().flatMap(field -> field.problems(task.values().get(field.key())).stream()).toList();
  }

  /**
   * The items of a list a checklist submits (a JSON array, as text or as Spin's node); a value that
   * is no JSON array is one item, so a check of the items finds it.
   */
  public static List<String> listItems(Object submitted) {
    if (submitted == null) {
      return List.of();
    }
    try {
      SpinJsonNode items = submitted instanceof SpinJsonNode node ? node : Spin.JSON(submitted.toString());
      if (!items.isArray()) {
        return List.of(items.toString());
      }
      return items.elements().stream().map(item -> item.isString() ? item.stringValue() : item.toString()).toList();
    } catch (SpinRuntimeException notJson) {
      return List.of(submitted.toString());
    }
  }

  private static void collectEditableFields(JsonNode components, Map<String, Field> editable) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        editable.put(component.get("key").asText(), field(component));
      }
      collectEditableFields(component.path("components"), editable);
    }
  }

  private static Field field(JsonNode component) {
    JsonNode validate = component.path("validate");
    String type = component.path("type").asText();
    return new Field(component.get("key").asText(), component.path("label").asText(""), type, FieldType.of(component),
        validate.path("required").asBoolean(false) && !component.has("conditional"),
        staticValues(component), integer(validate, "minLength"), integer(validate, "maxLength"),
        decimal(validate, "min"), decimal(validate, "max"),
        "datetime".equals(type) ? component.path("subtype").asText("datetime") : null);
  }

  /** The values the component offers itself; none when they come from a variable or an expression. */
  private static List<String> staticValues(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(option -> values.add(option.path("value").asText()));
    return List.copyOf(values);
  }

  private static Integer integer(JsonNode validate, String name) {
    return validate.path(name).isNumber() ? validate.get(name).asInt() : null;
  }

  private static Double decimal(JsonNode validate, String name) {
    return validate.path(name).isNumber() ? validate.get(name).asDouble() : null;
  }
}
