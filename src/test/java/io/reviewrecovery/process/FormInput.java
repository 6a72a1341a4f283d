package io.reviewrecovery.process;

import java.util.HashMap;
import java.util.Map;

/**
 * What a person submits on a task's form, named and typed by the vocabulary, for the tests that
 * complete tasks: {@code FormInput.with(REMEDY_IMPLEMENTED, true)} as a checkbox or any other field
 * submits it (an enum as its name), {@code FormInput.answer(REMEDY_ACCEPTED, true)} as a yes/no
 * radio button submits it: the text "true" or "false".
 */
public final class FormInput {

  private final Map<String, Object> values = new HashMap<>();

  private FormInput() {
  }

  /** Nothing filled in. */
  public static FormInput empty() {
    return new FormInput();
  }

  public static <T> FormInput with(ProcessVariable<T> variable, T value) {
    return new FormInput().and(variable, value);
  }

  /** A yes/no radio button's choice, which a Camunda Form submits as the text "true" or "false". */
  public static FormInput answer(ProcessVariable<Boolean> question, boolean yes) {
    return new FormInput().andAnswer(question, yes);
  }

  /** Sets the field, or replaces what it held. */
  public <T> FormInput and(ProcessVariable<T> variable, T value) {
    values.put(variable.name(), variable.stored(value));
    return this;
  }

  public FormInput andAnswer(ProcessVariable<Boolean> question, boolean yes) {
    values.put(question.name(), Boolean.toString(yes));
    return this;
  }

  /** The submission, as {@code FormService.submitTaskForm} takes it. */
  public Map<String, Object> asMap() {
    return new HashMap<>(values);
  }
}
