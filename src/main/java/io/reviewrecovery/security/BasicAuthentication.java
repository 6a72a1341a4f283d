package io.reviewrecovery.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic authentication against the Camunda users for the engine's REST API: without valid
 * credentials it answers 401; with them, {@link EngineApiAccess} decides whether the user may use
 * the engine's API at all, and the engine checks each call against the user's authorizations. The
 * case API has its own access rules ({@link CaseApiAccess}) and the webapps their own login;
 * platform webhooks ({@code /api/platform-webhooks/*}, signed by the platform), customer response
 * links ({@code /respond/*}) and invitations' unsubscribe links ({@code /unsubscribe/*}), both
 * signed tokens, authenticate their callers their own way.
 */
@Configuration
public class BasicAuthentication {

  /** Last, where Spring Boot puts filters by default, and the access check right after it. */
  private static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addUrlPatterns(EngineApiAccess.ENGINE_REST + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(ORDER);
    return registration;
  }

  /** After the authentication, which names the caller of /engine-rest. */
  @Bean
  public FilterRegistrationBean<EngineApiAccess> engineApiAccessFilter(EngineApiAccess access) {
    FilterRegistrationBean<EngineApiAccess> registration = new FilterRegistrationBean<>(access);
    registration.setName("engine-api-access");
    registration.addUrlPatterns(EngineApiAccess.ENGINE_REST + "/*", EngineApiAccess.WEBAPP_API + "/*");
    registration.setOrder(ORDER + 1);
    return registration;
  }
}
