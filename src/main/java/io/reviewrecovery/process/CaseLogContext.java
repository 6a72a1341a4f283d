package io.reviewrecovery.process;

import org.slf4j.MDC;

/**
 * The business key of the case a log line is about, in the logging context (SLF4J's MDC) under
 * {@value #BUSINESS_KEY}: the engine puts it there while it works on a case
 * ({@code logging-context-business-key} in application.yml), and our code where it works on a case
 * outside the engine (the intake, the case API). The JSON logs of the {@code prod} profile carry it
 * as a field of every line; the text logs show it after the level.
 */
public final class CaseLogContext {

  /** The name of the MDC entry, the same the engine is configured with. */
  public static final String BUSINESS_KEY = "businessKey";

  private CaseLogContext() {
  }

  /**
   * Puts the business key into the logging context until the returned handle is closed, e.g.
   * {@code try (var logContext = CaseLogContext.of(businessKey)) { ... }}.
   */
  public static MDC.MDCCloseable of(String businessKey) {
    return MDC.putCloseable(BUSINESS_KEY, businessKey);
  }
}
