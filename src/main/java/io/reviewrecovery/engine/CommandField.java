package io.reviewrecovery.engine;

import java.lang.reflect.Field;

/**
 * A field of one of the engine's commands, read by the guards that check a command before the
 * engine runs it. The commands keep their input in protected fields with no getters; Camunda 7.24,
 * the last community release, will not change them. A missing field stops the start-up at once.
 */
public final class CommandField<T> {

  private final Field field;

  public CommandField(Class<?> command, String name) {
    try {
      this.field = command.getDeclaredField(name);
      this.field.setAccessible(true);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("This Camunda version has no " + command.getSimpleName() + "." + name, e);
    }
  }

  @SuppressWarnings("unchecked")
  public T readFrom(Object command) {
    try {
      return (T) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
