package io.reviewrecovery.responses;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of pages that customers open from a link in our messages, without a login:
 * {@link CustomerPages} gives them their common headers and the page for a refused link.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CustomerPage {
}
