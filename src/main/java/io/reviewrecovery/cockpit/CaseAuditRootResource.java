package io.reviewrecovery.cockpit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.story.CaseStories;
import io.reviewrecovery.story.CaseStoryExport;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The root of the plugin's REST resource, which Cockpit's JAX-RS application creates per request:
 * it hands each request for an engine to a {@link CaseAuditResource} with the application's services.
 */
@Path("plugin/" + CaseAuditPlugin.ID)
public class CaseAuditRootResource extends AbstractCockpitPluginRootResource {

  public CaseAuditRootResource() {
    super(CaseAuditPlugin.ID);
  }

  @Path("{engineName}")
  public CaseAuditResource engine(@PathParam("engineName") String engineName) {
    WebApplicationContext application = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new CaseAuditResource(engineName, application.getBean(CaseStories.class),
        application.getBean(CaseStoryExport.class), application.getBean(ObjectMapper.class)), engineName);
  }
}
