package io.reviewrecovery.story;

import io.reviewrecovery.cases.CaseFile;
import java.time.Instant;
import java.util.List;

/**
 * Everything that happened in one case, as the engine's history, the case register, the
 * communication log and the guard's refusals record it. {@link CaseStories} tells it.
 *
 * @param file the case file, as the case API shows it: status, outcome, verification, response
 *     targets and every message sent and public post, with its full text
 * @param processDefinitionId the version of the process the case ran on, whose diagram shows {@code path}
 * @param endedAt when the case ended; {@code null} while it runs
 * @param review the review as the case received it
 * @param path the ids of the diagram's elements the case passed or is at, in the order it reached them
 * @param steps the people's tasks, in the order they began
 * @param events the events the case passed: timers that fired, escalations, messages, its end
 * @param incidents the incidents of the case, open or resolved
 * @param refusals the completions the guard refused
 * @param operations what users changed through the engine (Cockpit, the engine's REST API, Tasklist)
 */
public record CaseStory(
    CaseFile file,
    String processDefinitionId,
    Instant endedAt,
    Review review,
    List<String> path,
    List<Step> steps,
    List<Event> events,
    List<Incident> incidents,
    List<GuardRefusal> refusals,
    List<Operation> operations) {

  /** {@code null} fields: not given in the review. */
  public record Review(String platform, String platformReviewId, Integer rating, String text, String reviewerName,
      String reviewUrl, Instant publishedAt) {
  }

  /**
   * A person's task.
   *
   * @param name the step as the diagram names it
   * @param claims who took the task, in order (a claim, or an assignment by someone else)
   * @param completedBy who completed it; {@code null} while open, or when it ended without being completed
   * @param endReason why it ended: {@code completed}, or what ended it (a timer, the case's end)
   * @param recorded the values the step recorded, by variable name, in the order they were set
   */
  public record Step(String taskId, String activityId, String name, Instant createdAt, Instant dueAt,
      List<Claim> claims, String completedBy, Instant endedAt, String endReason, List<Value> recorded) {
  }

  /** @param by who set the assignee, when it was not the assignee; {@code null} for a claim */
  public record Claim(String userId, Instant at, String by) {
  }

  /** A variable's value as text (dates ISO-8601, lists as JSON). */
  public record Value(String name, String value) {
  }

  /** @param type the engine's type of the element, e.g. {@code boundaryTimer}, {@code intermediateThrowEvent} */
  public record Event(String activityId, String name, String type, Instant at) {
  }

  /**
   * @param resolution {@code open}, {@code resolved} (e.g. the job was retried and succeeded), or
   *     {@code deleted} (the case ended or was cancelled with it open)
   */
  public record Incident(String type, String activityId, String message, Instant createdAt, Instant endedAt,
      String resolution) {
  }

  /**
   * A change a user made through the engine.
   *
   * @param type the engine's operation type, e.g. {@code SetVariable}, {@code SetJobRetries}, {@code Complete}
   * @param entity what it changed, e.g. {@code Variable}, {@code Job}, {@code Task}
   * @param changes what changed: the property with its old and new value, or the variables set
   */
  public record Operation(Instant at, String userId, String type, String entity, String taskId,
      List<Change> changes) {
  }

  /** {@code null} values: none before, or none recorded. */
  public record Change(String property, String from, String to) {
  }
}
