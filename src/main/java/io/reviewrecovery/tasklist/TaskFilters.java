package io.reviewrecovery.tasklist;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;
import static io.reviewrecovery.process.ReviewRecoveryProcess.PROCESS_ID;

import io.reviewrecovery.security.RoleAuthorizations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The task filters Tasklist shows the teams, created at start-up where the admin does not own one
 * of that name yet, so a restart changes nothing and an admin's edits in Tasklist stay. Each lists
 * the tasks of the review recovery process, the most urgent first (the stored query orders by due
 * date; Tasklist's own sorting only breaks ties). Who sees a filter is a READ authorization per
 * group; within it, each user sees only the tasks the engine lets them see, so a support agent
 * never sees a reputation task, whichever filter they open.
 */
@Component
public class TaskFilters implements InitializingBean {

  static final String MY_REVIEWS = "My reviews";
  static final String SUPPORT_QUEUE = "Support queue";
  static final String REPUTATION_QUEUE = "Reputation queue";
  static final String OVERDUE = "Overdue";

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);

  /** One filter: its place in Tasklist's list, what it shows and which teams may open it. */
  private record Definition(String name, int priority, String color, String description,
      UnaryOperator<TaskQuery> criteria, List<String> groups) {
  }

  private static final List<Definition> DEFINITIONS = List.of(
      new Definition(MY_REVIEWS, 10, "#2e7d32", "Reviews you claimed, the most urgent first",
          query -> query.taskAssigneeExpression("${currentUser()}"), List.of(GROUP_SUPPORT, GROUP_REPUTATION)),
      new Definition(SUPPORT_QUEUE, 20, "#1565c0", "Support's tasks nobody has claimed yet: outreach, answers, remedies, follow-ups",
          query -> query.taskCandidateGroup(GROUP_SUPPORT), List.of(GROUP_SUPPORT)),
      new Definition(REPUTATION_QUEUE, 30, "#6a1b9a", "Reputation's tasks nobody has claimed yet: assessments, reports, public replies",
          query -> query.taskCandidateGroup(GROUP_REPUTATION), List.of(GROUP_REPUTATION)),
      new Definition(OVERDUE, 40, "#c62828", "Your team's tasks past their due date, claimed or not",
          query -> query.dueBeforeExpression("${now()}"), List.of(GROUP_SUPPORT, GROUP_REPUTATION)));

  private final FilterService filterService;
  private final TaskService taskService;
  private final RoleAuthorizations authorizations;
  private final String owner;

  public TaskFilters(FilterService filterService, TaskService taskService, RoleAuthorizations authorizations,
      CamundaBpmProperties camunda) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.owner = Objects.requireNonNull(camunda.getAdminUser().getId(),
        "camunda.bpm.admin-user.id must name the admin who owns the task filters");
  }

  @Override
  public void afterPropertiesSet() {
    for (Definition definition : DEFINITIONS) {
      Filter filter = existing(definition.name()).orElseGet(() -> create(definition));
      definition.groups().forEach(group -> authorizations.grant(group, Resources.FILTER, filter.getId(), Permissions.READ));
    }
  }

  private Optional<Filter> existing(String name) {
    return filterService.createFilterQuery().filterName(name).filterOwner(owner).list().stream().findFirst();
  }

  private Filter create(Definition definition) {
    TaskQuery query = definition.criteria().apply(taskService.createTaskQuery().processDefinitionKey(PROCESS_ID))
        .orderByDueDate().asc();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("description", definition.description());
    properties.put("refresh", true);
    Filter filter = filterService.newTaskFilter(definition.name()).setOwner(owner).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
    LOG.info("Task filter '{}' created for {}", definition.name(), definition.groups());
    return filter;
  }
}
