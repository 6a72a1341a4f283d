package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.HeaderSecurityProperties;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The {@code prod} profile's settings as application.yml gives them, read the way Spring Boot reads
 * them at start-up, without starting the application (production has no local stand-ins to start
 * with).
 */
class ProductionProfileTest {

  @Test
  void theAdminUserComesFromTheEnvironmentAndNoDemoAdminRemains() {
    StandardEnvironment withAdmin = configuration("prod",
        Map.of("REVIEW_RECOVERY_ADMIN_USER", "ops-admin", "REVIEW_RECOVERY_ADMIN_PASSWORD", "from-the-vault-42"));
    assertThat(withAdmin.getProperty("camunda.bpm.admin-user.id")).isEqualTo("ops-admin");
    assertThat(withAdmin.getProperty("camunda.bpm.admin-user.password")).isEqualTo("from-the-vault-42");

    StandardEnvironment withoutAdmin = configuration("prod", Map.of());
    assertThat(withoutAdmin.getProperty("camunda.bpm.admin-user.id")).isEmpty();
    assertThat(withoutAdmin.getProperty("camunda.bpm.admin-user.password")).isEmpty();
    assertThat(ProductionAdminUser.problems(withoutAdmin.getProperty("camunda.bpm.admin-user.id"),
        withoutAdmin.getProperty("camunda.bpm.admin-user.password"))).isNotEmpty();
  }

  @Test
  void productionLogsOneJsonObjectPerLine_otherProfilesText() {
    assertThat(configuration("prod", Map.of()).getProperty("logging.structured.format.console")).isEqualTo("ecs");
    assertThat(configuration("local", Map.of()).getProperty("logging.structured.format.console")).isNull();
  }

  @Test
  void productionLoadsNoSampleData() {
    assertThat(configuration("prod", Map.of()).getProperty("spring.flyway.locations")).isEqualTo("classpath:db/migration");
  }

  @Test
  void cookiesTravelOnlyOverHttpsAndBrowsersAreToldToStayThere() {
    StandardEnvironment prod = configuration("prod", Map.of());
    WebappProperty webapp = webapp(prod);

    assertThat(prod.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
    assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getCsrf().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getHeaderSecurity().getInitParams()).containsEntry("hstsDisabled", "false")
        .containsEntry("hstsMaxAge", "31536000");
  }

  @Test
  void theContentSecurityPolicyAllowsOnlyTheWebappsOwnScripts() {
    HeaderSecurityProperties headers = webapp(configuration("prod", Map.of())).getHeaderSecurity();
    String policy = headers.getContentSecurityPolicyValue();

    assertThat(headers.isContentSecurityPolicyDisabled()).isFalse();
    assertThat(policy).contains("script-src $NONCE 'strict-dynamic' 'unsafe-eval' 'self';", "default-src 'self';",
        "object-src 'none';", "frame-ancestors 'none';", "form-action 'self';", "base-uri 'self';");
    String scriptSources = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
    assertThat(scriptSources).doesNotContain("'unsafe-inline'", "https:");
  }

  @Test
  void theH2ConsoleIsNeverOnInProduction() {
    assertThat(configuration("prod", Map.of()).getProperty("spring.h2.console.enabled", Boolean.class)).isFalse();
  }

  @Test
  void authorizationIsOnInEveryProfile() {
    for (String profile : new String[] {"prod", "local"}) {
      assertThat(configuration(profile, Map.of()).getProperty("camunda.bpm.authorization.enabled", Boolean.class))
          .as(profile).isTrue();
    }
  }

  /** application.yml for the profile, with these environment variables and no others. */
  private static StandardEnvironment configuration(String profile, Map<String, Object> environmentVariables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(), new DefaultBootstrapContext(),
        profile);
    return environment;
  }

  private static WebappProperty webapp(StandardEnvironment environment) {
    return Binder.get(environment)
        .bind(WebappProperty.PREFIX, WebappProperty.class).get();
  }
}
