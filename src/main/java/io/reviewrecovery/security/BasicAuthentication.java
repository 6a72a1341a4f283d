package io.reviewrecovery.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against the Camunda users for the engine's REST API: without valid
 * credentials it answers 401; with them, the engine checks each call against the user's
 * authorizations. The case API has its own access rules ({@link CaseApiAccess}) and the webapps
 * their own login; platform webhooks ({@code /api/platform-webhooks/*}, signed by the platform),
 * customer response links ({@code /respond/*}) and invitations' unsubscribe links
 * ({@code /unsubscribe/*}), both signed tokens, authenticate their callers their own way.
 */
@Configuration
public class BasicAuthentication {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
