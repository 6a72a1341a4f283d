package io.reviewrecovery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.process.ReviewRecoveryProcess;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What each user task lets a person set: the fields of its form that are not shown read-only, each
 * with the {@link FieldType} of value its component submits. Read from the same process and form
 * resources that are deployed, so the form stays the one place that says what a task takes.
 */
@Component
public class TaskForms {

  /** The kind of value a form component submits, as Tasklist sends it. */
  public enum FieldType {
    /** A text field or area, a select, a date, or radio buttons with other values than true and false. */
    TEXT("text"),
    /** A checkbox, or radio buttons offering {@code true} and {@code false} (submitted as that text). */
    YES_NO("true or false"),
    NUMBER("a number"),
    /** A checklist: the ticked values as a JSON array (Camunda type {@code Json}), e.g. {@code ["SPAM"]}. */
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
        case "checklist" -> JSON_LIST;
        case "textfield", "textarea", "select", "datetime" -> TEXT;
        default -> throw new IllegalStateException("Form field '" + component.path("key").asText()
            + "' is a " + component.path("type").asText() + ", a component whose values the task guard does not know");
      };
    }

    private static boolean offersOnlyTrueAndFalse(JsonNode radio) {
      Set<String> values = new TreeSet<>();
      radio.path("values").forEach(option -> values.add(option.path("value").asText()));
      return values.equals(Set.of("false", "true"));
    }
  }

  private final Map<String, Map<String, FieldType>> editableFieldsByTask = new HashMap<>();

  public TaskForms() throws IOException {
    Map<String, Map<String, FieldType>> editableFieldsByForm = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream content = form.getInputStream()) {
        JsonNode schema = json.readTree(content);
        Map<String, FieldType> editable = new TreeMap<>();
        collectEditableFields(schema.path("components"), editable);
        editableFieldsByForm.put(schema.path("id").asText(), editable);
      }
    }
    try (InputStream bpmn = new ClassPathResource("processes/" + ReviewRecoveryProcess.PROCESS_ID + ".bpmn").getInputStream()) {
      for (UserTask task : Bpmn.readModelFromStream(bpmn).getModelElementsByType(UserTask.class)) {
        Map<String, FieldType> editable = editableFieldsByForm.get(task.getCamundaFormRef());
        if (editable == null) {
          throw new IllegalStateException("User task " + task.getId() + " refers to form '" + task.getCamundaFormRef()
              + "', which is not in forms/");
        }
        editableFieldsByTask.put(task.getId(), Map.copyOf(editable));
      }
    }
  }

  /** The variables this task may set; empty for an unknown task. */
  public Set<String> editableFields(String taskKey) {
    return editableFieldsByTask.getOrDefault(taskKey, Map.of()).keySet();
  }

  /** The type of an editable field of this task; {@code null} for any other. */
  public FieldType fieldType(String taskKey, String field) {
    return editableFieldsByTask.getOrDefault(taskKey, Map.of()).get(field);
  }

  private static void collectEditableFields(JsonNode components, Map<String, FieldType> editable) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        editable.put(component.get("key").asText(), FieldType.of(component));
      }
      collectEditableFields(component.path("components"), editable);
    }
  }
}
