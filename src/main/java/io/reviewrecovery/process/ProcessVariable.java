package io.reviewrecovery.process;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A named, typed process variable: the one place where a variable's name and Java type are
 * declared, so callers read {@code REVIEW_ID.from(execution)} instead of casting strings.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value, or {@code null} when the variable is not set. */
  public T from(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  /** The value, failing with a clear message when it is missing. */
  public T required(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is required but not set");
    }
    return value;
  }

  /** The value from a plain map of variables, e.g. what a form submitted. */
  public T from(Map<String, ?> variables) {
    return cast(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Sets the value on this scope alone (e.g. one task), not on the case. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  private T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (type == Long.class && value instanceof Number number) {
      return type.cast(number.longValue());
    }
    if (type == Integer.class && value instanceof Number number) {
      return type.cast(number.intValue());
    }
    if (type == Double.class && value instanceof Number number) {
      return type.cast(number.doubleValue());
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException("Process variable '" + name + "' should be a "
          + type.getSimpleName() + " but is a " + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessVariable<?> that && name.equals(that.name) && type == that.type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type);
  }

  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
