package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewRecoveryProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The process explored as a graph ({@link ProcessGraph}): whatever people answer, whichever timer
 * runs out and whatever the platform reports, every case reaches an end event, and no user task
 * can wait without a due date and a timer or an escalation. A task has one when a timer boundary
 * event is attached to it, or when it is due at the deadline that a non-interrupting timer event
 * subprocess escalates ("First outreach overdue"). A chase task, which only an escalation starts
 * and which ends with its case, needs its due date only.
 */
class ProcessGraphTest {

  @Test
  void everyPathOfTheProcessReachesAnEndEvent() throws IOException {
    ProcessGraph graph = graphOf(model());

    assertThat(graph.deadEnds()).as("nodes where a case stops without an end event").isEmpty();
    assertThat(graph.statesWithoutAnEnd()).as("nodes from which no end event can be reached").isEmpty();
    assertThat(graph.reachedEnds()).contains(END_PUBLIC_REPLY_POSTED, END_REVIEW_UPDATED, END_REVIEW_REMOVED_BY_PLATFORM,
        END_ACKNOWLEDGEMENT_STANDS, END_REVIEW_REMOVED_BY_REVIEWER, END_REPORTED_REVIEW_REMOVED, END_REVIEW_UPDATED_MID_CASE);
    assertThat(graph.interruptionsReached()).containsExactlyInAnyOrder(START_REVIEW_REMOVED, START_REVIEW_UPDATED);
    assertThat(graph.reachableStates()).as("states explored").hasSizeGreaterThan(100);
  }

  @Test
  void everyUserTaskHasADueDateAndATimerOrAnEscalation() throws IOException {
    assertThat(tasksThatCanWaitForever(model())).isEmpty();
  }

  @Test
  void everyEndEventOfTheProcessIsReachable() throws IOException {
    BpmnModelInstance model = model();
    ProcessGraph graph = graphOf(model);
    List<String> ends = model.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId).toList();

    assertThat(graph.reachedEnds()).containsExactlyInAnyOrderElementsOf(ends);
  }

  /**
   * The test would notice a dead end: a copy of the model in which the acknowledgement, once posted,
   * leads nowhere. Only the platform's report of the review removed or updated would end such a
   * case, which does not count.
   */
  @Test
  void aDeadEndAddedToTheModelIsFound() throws IOException {
    BpmnModelInstance model = model();
    SequenceFlow toContact = model.getModelElementById("Flow_PostAcknowledgementToContact");
    toContact.getTarget().getIncoming().remove(toContact);
    toContact.getSource().getOutgoing().remove(toContact);
    toContact.getParentElement().removeChildElement(toContact);

    ProcessGraph graph = graphOf(model);
    assertThat(graph.deadEnds()).containsExactly(TASK_POST_ACKNOWLEDGEMENT);
    assertThat(graph.statesWithoutAnEnd()).contains(TASK_POST_ACKNOWLEDGEMENT);
  }

  /** ... and a task left to wait forever: a copy of the model without the timer of "Implement remedy". */
  @Test
  void aTaskWithoutTimerOrEscalationIsFound() throws IOException {
    BpmnModelInstance model = model();
    BoundaryEvent timer = model.getModelElementById(BOUNDARY_REMEDY_OVERDUE);
    SequenceFlow toChase = timer.getOutgoing().iterator().next();
    toChase.getTarget().getIncoming().remove(toChase);
    toChase.getParentElement().removeChildElement(toChase);
    timer.getParentElement().removeChildElement(timer);

    assertThat(tasksThatCanWaitForever(model)).containsExactly(TASK_IMPLEMENT_REMEDY + ": no timer or escalation");
  }

  private static List<String> tasksThatCanWaitForever(BpmnModelInstance model) throws IOException {
    ProcessGraph graph = graphOf(model);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Boolean> reached : graph.reachedUserTasks().entrySet()) {
      UserTask task = model.getModelElementById(reached.getKey());
      String due = task.getCamundaDueDate() == null ? "" : task.getCamundaDueDate().strip();
      boolean chaseTask = reached.getValue();
      if (due.isEmpty()) {
        problems.add(task.getId() + ": no due date");
      } else if (!chaseTask && !graph.hasBoundaryTimer(task.getId()) && !graph.escalationTimerExpressions().contains(due)) {
        problems.add(task.getId() + ": no timer or escalation");
      }
    }
    return problems;
  }

  private static ProcessGraph graphOf(BpmnModelInstance model) throws IOException {
    return new ProcessGraph(model, TASK_PREPARE_OUTREACH, GATEWAY_PROPOSAL_LIMIT_REACHED, "Flow_ProposalLimitReachedYes",
        maxProposals());
  }

  /** The proposal limit as configured (review-recovery.process.max-proposals). */
  private static int maxProposals() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Properties properties = yaml.getObject();
    return Integer.parseInt(properties.getProperty("review-recovery.process.max-proposals"));
  }

  private static BpmnModelInstance model() throws IOException {
    try (InputStream bpmn = new ClassPathResource("processes/" + PROCESS_ID + ".bpmn").getInputStream()) {
      return Bpmn.readModelFromStream(bpmn);
    }
  }
}
