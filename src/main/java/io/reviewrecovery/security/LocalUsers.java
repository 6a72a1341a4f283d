package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_AUDIT;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_INTEGRATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users of the local profile (never in production): {@code agent} in {@code support},
 * {@code manager} in {@code reputation}, {@code feed}, a review feed, in {@code integration} and
 * {@code auditor} in {@code audit};
 * each with the password that is their name. The groups come from {@link RoleAuthorizations}, the
 * admin user from {@code camunda.bpm.admin-user}. Created once; a restart changes nothing.
 */
@Component
@Profile("local")
@DependsOn("roleAuthorizations")
public class LocalUsers implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(LocalUsers.class);

  private final IdentityService identityService;

  public LocalUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
    user("agent", "Alex", "Agent", GROUP_SUPPORT);
    user("manager", "Morgan", "Manager", GROUP_REPUTATION);
    user("feed", "Review", "Feed", GROUP_INTEGRATION);
    user("auditor", "Avery", "Auditor", GROUP_AUDIT);
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@reviewrecovery.local");
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, groupId);
      LOG.info("Local user '{}' created in group '{}'", id, groupId);
    }
  }
}
