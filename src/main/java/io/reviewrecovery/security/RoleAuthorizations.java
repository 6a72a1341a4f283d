package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_AUDIT;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_INTEGRATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_MONITORING;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;
import static io.reviewrecovery.process.ReviewRecoveryProcess.PROCESS_ID;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The product's roles, in every profile: the groups {@code support}, {@code reputation},
 * {@code integration}, {@code monitoring} and {@code audit}, and what the two teams need in the engine to work in Tasklist: access to
 * Tasklist (not Cockpit or Admin, which show and change every case and the users) and reading the
 * process definition; their task filters are {@code TaskFilters} in the tasklist package. The tasks themselves are granted by the engine: each
 * task's candidate group gets READ and TASK_WORK on that task alone
 * ({@code defaultUserPermissionForTask}), so a team sees and completes only its own tasks. The
 * {@code integration} group gets nothing in the engine; it may only use the case API
 * ({@link CaseApiAccess}). Nor does {@code monitoring}, the metrics scrapers: they may read health
 * and metrics on the management port ({@link ManagementAccess}). Auditors ({@code audit}) may open Cockpit, where the case audit plugin
 * tells every case's story, and read the process, its instances, tasks and history; they get no
 * permission that changes anything, so every change they try is refused by the engine. Admins
 * ({@code camunda-admin}) get every permission from the starter when it creates the admin user.
 *
 * <p>Runs after the engine started and creates only what is missing: an authorization an admin
 * changed in Admin stays as it is.
 */
@Component
public class RoleAuthorizations implements InitializingBean {

  private static final List<String> TEAMS = List.of(GROUP_SUPPORT, GROUP_REPUTATION);
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private static final Logger LOG = LoggerFactory.getLogger(RoleAuthorizations.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void afterPropertiesSet() {
    group(GROUP_SUPPORT, "Support", Groups.GROUP_TYPE_WORKFLOW);
    group(GROUP_REPUTATION, "Reputation", Groups.GROUP_TYPE_WORKFLOW);
    group(GROUP_INTEGRATION, "Integrations", Groups.GROUP_TYPE_SYSTEM);
    group(GROUP_MONITORING, "Monitoring", Groups.GROUP_TYPE_SYSTEM);
    group(GROUP_AUDIT, "Audit", Groups.GROUP_TYPE_WORKFLOW);
    for (String team : TEAMS) {
      grant(team, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(team, Resources.PROCESS_DEFINITION, PROCESS_ID, Permissions.READ);
    }
    grant(GROUP_AUDIT, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(GROUP_AUDIT, Resources.PROCESS_DEFINITION, PROCESS_ID, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY);
  }

  private void group(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
      LOG.info("Group '{}' created", id);
    }
  }

  /** Grants the group the permissions on the resource, unless the group has a grant on it already. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .count() > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      Arrays.stream(permissions).forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
      LOG.info("Group '{}' granted {} on {} '{}'", groupId,
          Arrays.stream(permissions).map(Permission::getName).toList(), resource.resourceName(), resourceId);
    }
  }
}
