package io.reviewrecovery.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The case audit plugin of Cockpit, registered through {@code META-INF/services}: Cockpit serves
 * its front end ({@code plugin-webapp/review-audit/app/plugin.js}, an ES module, and
 * {@code plugin.css}) under {@code /camunda/api/cockpit/plugin/review-audit/static/}, loads it on
 * every page, and mounts its REST resource under {@code /camunda/api/cockpit/plugin/review-audit/}.
 */
public class CaseAuditPlugin extends AbstractCockpitPlugin {

  public static final String ID = "review-audit";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseAuditRootResource.class);
  }
}
