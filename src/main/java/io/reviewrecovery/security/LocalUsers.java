package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users of the local profile (never in production): {@code agent} in {@code support} and
 * {@code manager} in {@code reputation}, each with the password that is their name. The admin user
 * comes from {@code camunda.bpm.admin-user}. Created once; a restart changes nothing.
 */
@Component
@Profile("local")
public class LocalUsers implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(LocalUsers.class);

  private final IdentityService identityService;

  public LocalUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
    group(GROUP_SUPPORT, "Support");
    group(GROUP_REPUTATION, "Reputation");
    user("agent", "Alex", "Agent", GROUP_SUPPORT);
    user("manager", "Morgan", "Manager", GROUP_REPUTATION);
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
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
