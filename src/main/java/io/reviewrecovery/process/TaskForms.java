package io.reviewrecovery.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What each user task lets a person set: the fields of its form that are not shown read-only. Read
 * from the same process and form resources that are deployed, so the form stays the one place that
 * says what a task takes.
 */
@Component
public class TaskForms {

  private final Map<String, Set<String>> editableFieldsByTask = new HashMap<>();

  public TaskForms() throws IOException {
    Map<String, Set<String>> editableFieldsByForm = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream content = form.getInputStream()) {
        JsonNode schema = json.readTree(content);
        Set<String> editable = new TreeSet<>();
        collectEditableKeys(schema.path("components"), editable);
        editableFieldsByForm.put(schema.path("id").asText(), editable);
      }
    }
    try (InputStream bpmn = new ClassPathResource("processes/" + ReviewRecoveryProcess.PROCESS_ID + ".bpmn").getInputStream()) {
      for (UserTask task : Bpmn.readModelFromStream(bpmn).getModelElementsByType(UserTask.class)) {
        Set<String> editable = editableFieldsByForm.get(task.getCamundaFormRef());
        if (editable == null) {
          throw new IllegalStateException("User task " + task.getId() + " refers to form '" + task.getCamundaFormRef()
              + "', which is not in forms/");
        }
        editableFieldsByTask.put(task.getId(), Set.copyOf(editable));
      }
    }
  }

  /** The variables this task may set; empty for an unknown task. */
  public Set<String> editableFields(String taskKey) {
    return editableFieldsByTask.getOrDefault(taskKey, Set.of());
  }

  private static void collectEditableKeys(JsonNode components, Set<String> editable) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        editable.add(component.get("key").asText());
      }
      collectEditableKeys(component.path("components"), editable);
    }
  }
}
