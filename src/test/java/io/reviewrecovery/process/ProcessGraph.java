package io.reviewrecovery.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The review recovery process as a graph of what a case can do next, explored over every reachable
 * combination of gateway answers, timers, boundary events and event subprocesses. A state is a
 * token at a flow node together with the number of proposals made, which bounds the one loop a
 * person's answers can repeat (a new proposal after a declined, undeliverable or unsatisfying one):
 * "Proposal limit reached?" answers by that number, every other gateway with each of its answers.
 *
 * <p>Side branches (a non-interrupting boundary event, a non-interrupting event subprocess) are
 * explored as tokens of their own. An interrupting event subprocess (the platform reports the
 * review removed or updated) can start wherever the case waits; it is explored too, but a case must
 * reach an end without it: the platform may never report anything.
 */
final class ProcessGraph {

  /** A token at a node, with the proposals made so far. */
  record State(String node, int proposals, boolean sideBranch) {
  }

  private final BpmnModelInstance model;
  private final String proposalTask;
  private final String proposalLimitGateway;
  private final String limitReachedFlow;
  private final int maxProposals;
  /** What can happen next by the case's own flow: answers, timers, side branches. */
  private final Map<State, Set<State>> successors = new HashMap<>();
  /** Where the platform's report of the review removed or updated takes the case instead. */
  private final Map<State, Set<State>> interruptions = new HashMap<>();

  ProcessGraph(BpmnModelInstance model, String proposalTask, String proposalLimitGateway, String limitReachedFlow,
      int maxProposals) {
    this.model = model;
    this.proposalTask = proposalTask;
    this.proposalLimitGateway = proposalLimitGateway;
    this.limitReachedFlow = limitReachedFlow;
    this.maxProposals = maxProposals;
    explore();
  }

  Set<State> reachableStates() {
    return successors.keySet();
  }

  /** The interrupting event subprocesses' start events that can start while the case waits. */
  Set<String> interruptionsReached() {
    Set<String> starts = new TreeSet<>();
    interruptions.values().forEach(next -> next.forEach(state -> starts.add(state.node())));
    return starts;
  }

  /** Nodes where a token can stop with nothing to do next: not an end event, and no way on. */
  Set<String> deadEnds() {
    Set<String> dead = new TreeSet<>();
    successors.forEach((state, next) -> {
      if (next.isEmpty() && !(node(state.node()) instanceof EndEvent)) {
        dead.add(state.node());
      }
    });
    return dead;
  }

  /** Nodes of reachable states from which no end event can be reached whatever happens (a trap). */
  Set<String> statesWithoutAnEnd() {
    Map<State, Set<State>> predecessors = new HashMap<>();
    successors.forEach((state, next) -> next.forEach(n -> predecessors.computeIfAbsent(n, k -> new HashSet<>()).add(state)));
    Set<State> reachEnd = new HashSet<>();
    Deque<State> work = new ArrayDeque<>();
    successors.keySet().stream().filter(s -> node(s.node()) instanceof EndEvent).forEach(s -> {
      reachEnd.add(s);
      work.add(s);
    });
    while (!work.isEmpty()) {
      for (State before : predecessors.getOrDefault(work.poll(), Set.of())) {
        if (reachEnd.add(before)) {
          work.add(before);
        }
      }
    }
    Set<String> trapped = new TreeSet<>();
    successors.keySet().stream().filter(s -> !reachEnd.contains(s)).forEach(s -> trapped.add(s.node()));
    return trapped;
  }

  /** The end events some path reaches. */
  Set<String> reachedEnds() {
    Set<String> ends = new TreeSet<>();
    successors.keySet().stream().filter(s -> node(s.node()) instanceof EndEvent).forEach(s -> ends.add(s.node()));
    return ends;
  }

  /** The user tasks some path reaches, and whether only a side branch reaches them (an escalation's chase task). */
  Map<String, Boolean> reachedUserTasks() {
    Map<String, Boolean> onlyInSideBranches = new HashMap<>();
    successors.keySet().stream().filter(s -> node(s.node()) instanceof UserTask)
        .forEach(s -> onlyInSideBranches.merge(s.node(), s.sideBranch(), Boolean::logicalAnd));
    return onlyInSideBranches;
  }

  private void explore() {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    Deque<State> work = new ArrayDeque<>();
    for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
      work.add(new State(start.getId(), 0, false));
    }
    while (!work.isEmpty()) {
      State state = work.poll();
      if (successors.containsKey(state)) {
        continue;
      }
      Set<State> next = next(state);
      successors.put(state, next);
      work.addAll(next);
      Set<State> interrupted = interruptions(state);
      interruptions.put(state, interrupted);
      work.addAll(interrupted);
    }
  }

  private Set<State> next(State state) {
    FlowNode node = node(state.node());
    Set<State> next = new LinkedHashSet<>();
    if (node instanceof EndEvent) {
      return next;
    }
    int proposals = state.proposals() + (node.getId().equals(proposalTask) ? 1 : 0);
    for (SequenceFlow flow : outgoing(node, proposals)) {
      next.add(new State(flow.getTarget().getId(), proposals, state.sideBranch()));
    }
    if (node instanceof Activity activity) {
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo() == activity) {
          // interrupting: the case goes on from the boundary event; non-interrupting: a side branch as well
          next.add(new State(boundary.getId(), proposals, state.sideBranch() || !boundary.cancelActivity()));
        }
      }
    }
    if (node instanceof StartEvent && node.getParentElement() instanceof Process) {
      for (SubProcess eventSubprocess : eventSubprocesses()) {
        for (StartEvent start : eventSubprocess.getChildElementsByType(StartEvent.class)) {
          if (!start.isInterrupting()) {
            next.add(new State(start.getId(), proposals, true));
          }
        }
      }
    }
    return next;
  }

  private Set<State> interruptions(State state) {
    Set<State> next = new LinkedHashSet<>();
    if (!state.sideBranch() && waits(node(state.node()))) {
      for (SubProcess eventSubprocess : eventSubprocesses()) {
        for (StartEvent start : eventSubprocess.getChildElementsByType(StartEvent.class)) {
          if (start.isInterrupting()) {
            next.add(new State(start.getId(), state.proposals(), false));
          }
        }
      }
    }
    return next;
  }

  private Collection<SequenceFlow> outgoing(FlowNode node, int proposals) {
    if (!node.getId().equals(proposalLimitGateway)) {
      return node.getOutgoing();
    }
    boolean limitReached = proposals >= maxProposals;
    List<SequenceFlow> taken = new ArrayList<>();
    for (SequenceFlow flow : node.getOutgoing()) {
      if (flow.getId().equals(limitReachedFlow) == limitReached) {
        taken.add(flow);
      }
    }
    return taken;
  }

  /** Where a case can stand still, so that something from outside (a message, a timer) can happen to it. */
  private static boolean waits(FlowNode node) {
    return node instanceof UserTask || node instanceof org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent
        || node instanceof org.camunda.bpm.model.bpmn.instance.ServiceTask;
  }

  List<SubProcess> eventSubprocesses() {
    return model.getModelElementsByType(SubProcess.class).stream().filter(SubProcess::triggeredByEvent).toList();
  }

  /** The timer expressions of the non-interrupting event subprocesses that escalate a case whose deadline passed. */
  Set<String> escalationTimerExpressions() {
    Set<String> expressions = new HashSet<>();
    for (SubProcess eventSubprocess : eventSubprocesses()) {
      for (StartEvent start : eventSubprocess.getChildElementsByType(StartEvent.class)) {
        for (TimerEventDefinition timer : start.getChildElementsByType(TimerEventDefinition.class)) {
          if (!start.isInterrupting() && timer.getTimeDate() != null) {
            expressions.add(timer.getTimeDate().getTextContent().strip());
          }
        }
      }
    }
    return expressions;
  }

  /** Whether a timer boundary event is attached to the task. */
  boolean hasBoundaryTimer(String taskId) {
    return model.getModelElementsByType(BoundaryEvent.class).stream()
        .anyMatch(boundary -> boundary.getAttachedTo().getId().equals(taskId)
            && !boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty());
  }

  private FlowNode node(String id) {
    return model.getModelElementById(id);
  }
}
