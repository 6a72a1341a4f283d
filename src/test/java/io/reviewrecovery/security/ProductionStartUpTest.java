package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code prod} profile starts with the admin of the README's production example,
 * {@code REVIEW_RECOVERY_ADMIN_USER=ops-admin}, and makes it an admin (on the tests' in-memory
 * database, without a web server: the database and the web are not what this is about).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "REVIEW_RECOVERY_ADMIN_USER=ops-admin",
    "REVIEW_RECOVERY_ADMIN_PASSWORD=correct horse battery staple",
    "REVIEW_RECOVERY_LINK_SECRET=a-production-secret-of-at-least-32-characters"})
@ActiveProfiles({"prod", "test"})
class ProductionStartUpTest {

  @Autowired
  IdentityService identityService;

  @Test
  void theReadmesProductionAdminStartsTheApplicationAsAnAdmin() {
    assertThat(identityService.createUserQuery().userId("ops-admin").memberOfGroup(CAMUNDA_ADMIN).count()).isOne();
  }
}
