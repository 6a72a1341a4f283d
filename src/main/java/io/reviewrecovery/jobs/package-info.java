/**
 * What a failed job means and how the engine retries it, for every job that calls the outside
 * world: a {@code JobFailure} says whether trying again can help (a refusal, an unavailable service,
 * a used-up daily limit), and the {@code JobRetries} engine plugin acts on it. Kernel: it may use
 * config, input and review (and uses none of them); capabilities throw its failures.
 */
package io.reviewrecovery.jobs;
