package io.reviewrecovery.engine;

import io.reviewrecovery.process.ProcessVariable;
import java.util.Map;

/**
 * What a task would hold if it were completed now: the variables it sees, overlaid with what is
 * being submitted.
 *
 * @param userId who completes it; null when no user is logged in (the application itself)
 * @param values variable name to plain value (a JSON variable as its serialized text)
 */
public record TaskInput(String taskKey, String taskName, String businessKey, String processInstanceId, String userId,
    Map<String, Object> values) {

  public Object get(ProcessVariable<?> variable) {
    return values.get(variable.name());
  }

  public String text(ProcessVariable<String> variable) {
    return get(variable) instanceof String text ? text : null;
  }

  /** A yes/no answer, given as a boolean or as the text "true"/"false" a form's radio buttons send. */
  public Boolean answer(ProcessVariable<Boolean> variable) {
    Object value = get(variable);
    if (value instanceof Boolean answer) {
      return answer;
    }
    return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
  }
}
