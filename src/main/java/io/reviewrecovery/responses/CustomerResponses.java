package io.reviewrecovery.responses;

import static io.reviewrecovery.process.ReviewVariables.PROPOSAL_COUNT;

import io.reviewrecovery.process.ReviewRecoveryProcess;
import io.reviewrecovery.process.VariableValues;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens behind a response link: looking at it changes nothing; confirming it completes the
 * waiting task through the engine, exactly as staff would in Tasklist (so the same completion
 * rules apply), notes on the task that the customer answered through the link, and records the
 * use, all in one transaction. A message's links answer once, and only the task they were sent
 * for: not a task staff already completed, nor one of a later proposal.
 */
@Service
public class CustomerResponses {

  /** The comment on a task completed through a link, so staff see who answered. */
  static final String ANSWERED_BY_CUSTOMER = "Answered by the customer through the link in our message: ";

  private static final Logger LOG = LoggerFactory.getLogger(CustomerResponses.class);

  private final ResponseLinks links;
  private final TaskService taskService;
  private final JdbcTemplate jdbc;

  public CustomerResponses(ResponseLinks links, TaskService taskService, JdbcTemplate jdbc) {
    this.links = links;
    this.taskService = taskService;
    this.jdbc = jdbc;
  }

  /** The link behind a token if it can still be used; refuses it otherwise. Changes nothing. */
  @Transactional(readOnly = true)
  public ResponseLink open(String token) {
    ResponseLink link = links.read(token);
    waitingTask(link);
    return link;
  }

  /** Gives the link's answer to the task waiting for it; refuses it, changing nothing, when it cannot be used. */
  @Transactional
  public ResponseLink answer(String token) {
    ResponseLink link = links.read(token);
    Task task = waitingTask(link);
    recordUse(link);
    try {
      taskService.createComment(task.getId(), task.getProcessInstanceId(), ANSWERED_BY_CUSTOMER + link.label());
      taskService.complete(task.getId(), VariableValues.with(link.answer().variable(), link.answer().value()).asVariableMap());
    } catch (OptimisticLockingException answeredMeanwhile) {
      throw new LinkRefused(LinkRefused.Reason.NO_LONGER_OPEN, "task " + task.getId() + " was completed meanwhile");
    }
    LOG.info("Case {}: the customer answered '{}' through the link of {}", link.businessKey(), link.label(), link.messageKey());
    return link;
  }

  private Task waitingTask(ResponseLink link) {
    if (answered(link)) {
      throw new LinkRefused(LinkRefused.Reason.ALREADY_ANSWERED, link.messageKey() + " was already answered");
    }
    Task task = taskService.createTaskQuery()
        .processDefinitionKey(ReviewRecoveryProcess.PROCESS_ID)
        .processInstanceBusinessKey(link.businessKey())
        .taskDefinitionKey(link.answer().taskKey())
        .singleResult();
    if (task == null || link.answer().perProposal() && !isCurrentProposal(task, link.sequence())) {
      throw new LinkRefused(LinkRefused.Reason.NO_LONGER_OPEN, "nothing waits for the answer to " + link.messageKey());
    }
    return task;
  }

  private boolean isCurrentProposal(Task task, int proposal) {
    Integer current = PROPOSAL_COUNT.from(taskService.getVariables(task.getId(), List.of(PROPOSAL_COUNT.name())));
    return current != null && current == proposal;
  }

  private boolean answered(ResponseLink link) {
    return !jdbc.queryForList("select 1 from customer_response where message_key = ?", Integer.class, link.messageKey()).isEmpty();
  }

  private void recordUse(ResponseLink link) {
    try {
      jdbc.update("insert into customer_response (message_key, business_key, answer, answered_at) values (?, ?, ?, ?)",
          link.messageKey(), link.businessKey(), link.answer().name(), Timestamp.from(Instant.now()));
    } catch (DuplicateKeyException answeredMeanwhile) {
      throw new LinkRefused(LinkRefused.Reason.ALREADY_ANSWERED, link.messageKey() + " was answered meanwhile");
    }
  }
}
