package io.reviewrecovery.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the id of a user, group or tenant may look like: letters and digits, in words joined by a
 * single '.', '-' or '_', such as {@code ops-admin}, {@code jane.doe} or {@code review_feed}.
 * Camunda accepts only letters and digits by default (and the literal {@code camunda-admin}), so
 * the README's production admin {@code ops-admin} stopped the start-up with "'ops-admin' is not a
 * valid resource identifier". The three characters are safe where ids go: they need no escaping
 * in a URL path (the webapps' and the REST API's {@code /user/{id}}) or in HTML, and ids reach SQL
 * only as parameters. Each stands between letters or digits, so an id is never {@code .} or
 * {@code ..}, and never begins or ends with one. Anything else (spaces, '@', '/', quotes) is still
 * refused, by the engine when Admin or the REST API saves the id, and at start-up for the
 * production admin ({@link ProductionAdminUser}).
 */
@Component
public class IdentityIds extends AbstractProcessEnginePlugin {

  static final String PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";

  /** The rule in words, for messages. */
  static final String RULE = "letters and digits, in words joined by a single '.', '-' or '_'";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setGeneralResourceWhitelistPattern(PATTERN);
  }

  static boolean isValid(String id) {
    return id != null && id.matches(PATTERN);
  }
}
