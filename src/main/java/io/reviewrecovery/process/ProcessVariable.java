package io.reviewrecovery.process;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A named, typed process variable: the one place where a variable's name, its Java type and the
 * form the engine stores it in are declared, so callers read {@code REVIEW_ID.from(execution)}
 * instead of casting strings. A variable whose Java type differs from what is stored (an enum kept
 * as its name, so BPMN expressions and forms compare it with {@code 'PHONE'}; a date kept as the
 * ISO text a form's date picker submits; a list of enums kept as the JSON array a checklist submits)
 * converts in {@link #from} and {@link #stored}, and nowhere else.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final String typeName;
  private final Function<Object, T> read;
  private final Function<T, Object> write;

  private ProcessVariable(String name, String typeName, Function<Object, T> read, Function<T, Object> write) {
    this.name = name;
    this.typeName = typeName;
    this.read = read;
    this.write = write;
  }

  /** A variable stored as its own Java type (a whole number is read as the declared kind of number). */
  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type.getSimpleName(), value -> cast(name, type, value), value -> value);
  }

  /** An enum stored as its constant's name, e.g. {@code "PHONE"}. */
  public static <E extends Enum<E>> ProcessVariable<E> ofEnum(String name, Class<E> type) {
    return storedAs(name, type.getSimpleName(), String.class, text -> constant(name, type, text), Enum::name);
  }

  /** A list of enums stored as a JSON array of the constants' names, as a form's checklist submits it. */
  public static <E extends Enum<E>> ProcessVariable<List<E>> ofEnumList(String name, Class<E> type) {
    return storedAs(name, "List<" + type.getSimpleName() + ">", SpinJsonNode.class,
        json -> StreamSupport.stream(json.elements().spliterator(), false)
            .map(element -> constant(name, type, element.stringValue())).toList(),
        list -> SpinValues.jsonValue(list.stream().map(constant -> '"' + constant.name() + '"')
            .collect(Collectors.joining(",", "[", "]"))).create());
  }

  /** A variable stored as {@code storedType} and read as {@code typeName} through the given conversions. */
  public static <S, T> ProcessVariable<T> storedAs(String name, String typeName, Class<S> storedType,
      Function<S, T> read, Function<T, ?> write) {
    return new ProcessVariable<>(name, typeName, value -> read.apply(cast(name, storedType, value)), write::apply);
  }

  public String name() {
    return name;
  }

  /** The value, or {@code null} when the variable is not set. */
  public T from(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value, failing with a clear message when it is missing. */
  public T required(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is required but not set");
    }
    return value;
  }

  /** The value from a plain map of variables, e.g. what a form submitted or a query returned. */
  public T from(Map<String, ?> variables) {
    return convert(variables.get(name));
  }

  /** What the engine holds, unconverted: for code that shows a value or repairs what a form submitted. */
  public Object storedIn(VariableScope scope) {
    return scope.getVariable(name);
  }

  /** The value in the form the engine stores it, e.g. for a {@code VariableMap}; {@code null} stays {@code null}. */
  public Object stored(T value) {
    return value == null ? null : write.apply(value);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** Sets the value on this scope alone (e.g. one task), not on the case. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** Removes the variable where it is set, as if it had never been given. */
  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  private T convert(Object value) {
    return value == null ? null : read.apply(value);
  }

  private static <T> T cast(String name, Class<T> type, Object value) {
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

  private static <E extends Enum<E>> E constant(String name, Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' should be one of "
            + Arrays.toString(type.getEnumConstants()) + " but is '" + text + "'"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessVariable<?> that && name.equals(that.name) && typeName.equals(that.typeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, typeName);
  }

  @Override
  public String toString() {
    return name + ":" + typeName;
  }
}
