/**
 * The harness ({@link io.reviewrecovery.bench.Benchmark}): PostgreSQL, the applications' starts,
 * the open-case generator, the statement and byte counts, the Gatling runs and the results table.
 * Uses the scenarios and the subjects; they never use it.
 */
package io.reviewrecovery.bench;
