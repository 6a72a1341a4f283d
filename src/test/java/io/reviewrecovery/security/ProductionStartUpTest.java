package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import io.reviewrecovery.ReviewRecoveryApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile starts with the admin of the README's production example,
 * {@code REVIEW_RECOVERY_ADMIN_USER=ops-admin}, and makes it an admin (on the tests' in-memory
 * database: production's PostgreSQL is the {@code postgres} profile's business).
 */
class ProductionStartUpTest {

  @Test
  void theReadmesProductionAdminStartsTheApplicationAsAnAdmin() {
    try (ConfigurableApplicationContext production = new SpringApplicationBuilder(ReviewRecoveryApplication.class)
        .profiles("prod", "test")
        .run("--server.port=0", "--REVIEW_RECOVERY_ADMIN_USER=ops-admin",
            "--REVIEW_RECOVERY_ADMIN_PASSWORD=correct horse battery staple",
            "--REVIEW_RECOVERY_LINK_SECRET=a-production-secret-of-at-least-32-characters")) {
      IdentityService identityService = production.getBean(IdentityService.class);

      assertThat(identityService.createUserQuery().userId("ops-admin").memberOfGroup(CAMUNDA_ADMIN).count()).isOne();
    }
  }
}
