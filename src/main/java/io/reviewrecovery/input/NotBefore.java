package io.reviewrecovery.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * The instant is not before {@link #value()}, an ISO-8601 instant. JSON carries instants up to the
 * year ±1000000000, far beyond what a date variable of the engine or a PostgreSQL timestamp holds.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBefore.Validator.class)
public @interface NotBefore {

  /** The earliest instant allowed, e.g. {@code 2000-01-01T00:00:00Z}. */
  String value();

  String message() default "must not be before {value}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<NotBefore, Instant> {

    private Instant earliest;

    @Override
    public void initialize(NotBefore annotation) {
      earliest = Instant.parse(annotation.value());
    }

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || !value.isBefore(earliest);
    }
  }
}
