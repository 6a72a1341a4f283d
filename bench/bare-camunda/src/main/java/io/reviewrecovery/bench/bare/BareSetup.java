package io.reviewrecovery.bench.bare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The users, groups, authorizations and Tasklist filters the benchmark needs, mirroring the
 * application's local profile: {@code feed} in {@code integration} may start reviews (here over
 * the engine's REST API, so it needs the engine's grants to start instances), {@code agent} in
 * {@code support} and {@code manager} in {@code reputation} use Tasklist and work their team's
 * tasks, which the engine grants per task ({@code defaultUserPermissionForTask}), and read their
 * team's queue filter. Created once; a restart changes nothing.
 */
@Component
public class BareSetup implements InitializingBean {

  static final String PROCESS_ID = "BareReview";

  private static final String ADMIN = "admin";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public BareSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void afterPropertiesSet() {
    if (identityService.createUserQuery().userId("feed").count() > 0) {
      return;
    }
    user("feed", "integration");
    user("agent", "support");
    user("manager", "reputation");
    grant("integration", Resources.PROCESS_DEFINITION, PROCESS_ID, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant("integration", Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    for (String team : List.of("support", "reputation")) {
      grant(team, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(team, Resources.PROCESS_DEFINITION, PROCESS_ID, Permissions.READ);
    }
    queue("Support queue", 20, "support");
    queue("Reputation queue", 30, "reputation");
  }

  private void user(String id, String group) {
    User user = identityService.newUser(id);
    user.setFirstName(id);
    user.setLastName("Bench");
    user.setPassword(id);
    identityService.saveUser(user);
    if (identityService.createGroupQuery().groupId(group).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group));
    }
    identityService.createMembership(id, group);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  /** The team's unclaimed tasks, the most urgent first: the application's queue filters' query. */
  private void queue(String name, int priority, String team) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("refresh", true);
    Filter filter = filterService.newTaskFilter(name).setOwner(ADMIN).setProperties(properties)
        .setQuery(taskService.createTaskQuery().processDefinitionKey(PROCESS_ID).taskCandidateGroup(team).orderByDueDate().asc());
    filterService.saveFilter(filter);
    grant(team, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
