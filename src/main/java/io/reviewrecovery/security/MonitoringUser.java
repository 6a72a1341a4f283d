package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_MONITORING;

import io.reviewrecovery.monitoring.MonitoringProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * The account a metrics scraper logs in with, in every profile where it is configured
 * ({@code review-recovery.monitoring.user} and {@code .password}; {@code monitoring}/{@code monitoring}
 * in {@code local}): a member of {@code monitoring} only, so it may read health and metrics on the
 * management port ({@link ManagementAccess}) and nothing else. Created when missing; its password is
 * set at every start-up, so a changed password takes effect with the next one.
 */
@Component
@DependsOn("roleAuthorizations")
public class MonitoringUser implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringUser.class);

  private final IdentityService identityService;
  private final MonitoringProperties properties;

  public MonitoringUser(IdentityService identityService, MonitoringProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    if (!properties.hasUser()) {
      return;
    }
    String id = properties.user();
    User user = identityService.createUserQuery().userId(id).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(id);
      user.setFirstName("Metrics");
      user.setLastName("Scraper");
    }
    user.setPassword(properties.password());
    identityService.saveUser(user);
    if (identityService.createGroupQuery().groupMember(id).groupId(GROUP_MONITORING).count() == 0) {
      identityService.createMembership(id, GROUP_MONITORING);
    }
    if (created) {
      LOG.info("Monitoring user '{}' created in group '{}'", id, GROUP_MONITORING);
    }
  }
}
