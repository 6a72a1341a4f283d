package io.reviewrecovery.process;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Typed values of process variables for a process start, a task completion or a message
 * correlation: {@code VariableValues.with(PLATFORM, "google").and(REVIEW_RATING, 1).asVariableMap()}.
 * Each value goes in the form its {@link ProcessVariable} stores (an enum as its name), so no caller
 * spells a variable's name or converts its value.
 */
public final class VariableValues {

  private final VariableMap variables = Variables.createVariables();

  private VariableValues() {
  }

  public static <T> VariableValues with(ProcessVariable<T> variable, T value) {
    return new VariableValues().and(variable, value);
  }

  public <T> VariableValues and(ProcessVariable<T> variable, T value) {
    variables.putValue(variable.name(), variable.stored(value));
    return this;
  }

  public VariableMap asVariableMap() {
    return variables;
  }
}
