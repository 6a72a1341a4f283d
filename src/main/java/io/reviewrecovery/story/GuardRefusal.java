package io.reviewrecovery.story;

import java.time.Instant;

/**
 * A completion of a task that the task completion guard refused.
 *
 * @param stepName the step as the diagram names it
 * @param userId who tried; {@code null} when no user was logged in (the application itself)
 * @param reason the guard's sentences, each naming the rule it applied
 */
public record GuardRefusal(String businessKey, String taskDefinitionKey, String stepName, String userId,
    String reason, Instant refusedAt) {
}
