package io.reviewrecovery.cases;

import static io.reviewrecovery.process.ReviewRecoveryProcess.PROCESS_ID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Cases that are late now: a task of the case is open past its due date. A question for the
 * engine's runtime tables, which hold open tasks only, so it stays cheap however long the history.
 */
@Service
public class OverdueCases {

  private final TaskService taskService;

  public OverdueCases(TaskService taskService) {
    this.taskService = taskService;
  }

  public boolean isOverdue(String processInstanceId) {
    return overdueTasks().processInstanceId(processInstanceId).count() > 0;
  }

  /** How many cases have at least one overdue task. */
  public long count() {
    return overdueTasks().processDefinitionKey(PROCESS_ID).list().stream()
        .map(Task::getProcessInstanceId).distinct().count();
  }

  private TaskQuery overdueTasks() {
    return taskService.createTaskQuery().dueBefore(ClockUtil.getCurrentTime());
  }
}
