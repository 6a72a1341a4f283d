package io.reviewrecovery.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The groups whose members may call an endpoint of the case API; a member of any one of them may.
 * {@link CaseApiAccess} refuses everyone else with 403, and every endpoint without this annotation.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedGroups {

  String[] value();
}
