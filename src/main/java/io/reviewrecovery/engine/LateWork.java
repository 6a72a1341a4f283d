package io.reviewrecovery.engine;

import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.process.ResponseTarget;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The work a chase task is about: the case's open user tasks other than its chase tasks. The
 * reputation team may give that work to a colleague who can do it, or take it over themselves. The
 * chase task is their authority for it, so the hand-over is not checked against the chaser's own
 * permissions on the late task; the new assignee gets the permission to work it (the engine's
 * default for an assignee), and the user operation log records the assignment as the chaser's.
 * Both methods run inside the engine command that completes the chase task.
 */
@Component
public class LateWork {

  private static final Logger LOG = LoggerFactory.getLogger(LateWork.class);
  private static final Set<String> CHASE_TASKS = Arrays.stream(ResponseTarget.values())
      .map(ResponseTarget::chaseTask).collect(Collectors.toUnmodifiableSet());

  /** Why the case's late work cannot go to this user; empty when it can. */
  public Optional<String> whyNotFor(String processInstanceId, String userId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> {
      List<TaskEntity> late = openTasks(context, processInstanceId);
      if (late.isEmpty()) {
        return Optional.of("The case waits for no person now, so there is no task to hand over: choose another answer.");
      }
      if (userId == null || userId.isBlank()) {
        return Optional.of("Name the colleague who takes the late work over (their user name).");
      }
      if (context.getReadOnlyIdentityProvider().createUserQuery(context).userId(userId).count() == 0) {
        return Optional.of("There is no user '%s': give the user name a colleague logs in with.".formatted(userId));
      }
      Set<String> teams = teamsThatMayDo(late);
      boolean inATeam = teams.stream().anyMatch(team ->
          context.getReadOnlyIdentityProvider().createUserQuery(context).userId(userId).memberOfGroup(team).count() > 0);
      return inATeam ? Optional.<String>empty()
          : Optional.of("'%s' is in none of the teams that do this work (%s).".formatted(userId, String.join(", ", teams)));
    });
  }

  /** Assigns every open task of the case but its chase tasks to the user; returns their names. */
  public List<String> handOver(String processInstanceId, String userId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> {
      List<TaskEntity> late = openTasks(context, processInstanceId);
      late.forEach(task -> new AssignTaskCmd(task.getId(), userId).execute(context));
      List<String> names = late.stream().map(TaskEntity::getName).toList();
      LOG.info("Case {}: late work {} handed over to {}", late.isEmpty() ? processInstanceId
          : late.get(0).getExecution().getProcessBusinessKey(), names, userId);
      return names;
    });
  }

  private static List<TaskEntity> openTasks(CommandContext context, String processInstanceId) {
    return context.getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
        .filter(task -> !CHASE_TASKS.contains(task.getTaskDefinitionKey()))
        .toList();
  }

  /** The candidate groups of the late tasks, and the reputation team, which chases them. */
  private static Set<String> teamsThatMayDo(List<TaskEntity> late) {
    Set<String> teams = new LinkedHashSet<>();
    late.forEach(task -> task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .forEach(link -> teams.add(link.getGroupId())));
    teams.add(ReviewRecoveryProcess.GROUP_REPUTATION);
    return teams;
  }
}
