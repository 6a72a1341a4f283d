package io.reviewrecovery.cases;

import io.reviewrecovery.review.Platform;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is the code of a {@link Platform}, e.g. {@code google}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownPlatform.Validator.class)
public @interface KnownPlatform {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KnownPlatform, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || Platform.fromCode(value).isPresent()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("must be one of: " + Platform.codes()).addConstraintViolation();
      return false;
    }
  }
}
