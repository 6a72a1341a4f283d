package io.reviewrecovery.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Puts {@link ManagementAccess} in front of the actuator's endpoints. With a management port of its
 * own (application.yml), Spring Boot serves them from a child application context with a web server
 * of its own, which the application's filters do not reach: Boot builds that context from the
 * classes listed in {@code META-INF/spring/...ManagementContextConfiguration.imports}, this one among
 * them. Component scanning also puts it into the application's context, where it guards the same
 * paths on the application's port, should the management port ever be set to that port.
 */
@ManagementContextConfiguration(value = ManagementContextType.ANY, proxyBeanMethods = false)
public class ManagementAccessConfiguration {

  @Bean
  public FilterRegistrationBean<ManagementAccess> managementAccess(ObjectProvider<ProcessEngine> processEngine,
      ObjectMapper json, WebEndpointProperties endpoints) {
    String base = endpoints.getBasePath();
    FilterRegistrationBean<ManagementAccess> registration =
        new FilterRegistrationBean<>(new ManagementAccess(processEngine, json, base + "/health/liveness"));
    registration.setName("management-access");
    registration.addUrlPatterns(base + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
