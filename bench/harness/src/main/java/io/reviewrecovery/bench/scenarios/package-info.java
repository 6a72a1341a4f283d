/**
 * The Gatling simulations (intake, whole cases, team queues), which the harness runs in a JVM of
 * their own, with what they run against ({@link io.reviewrecovery.bench.scenarios.ScenarioSettings}).
 * Uses the subjects, never the harness.
 */
package io.reviewrecovery.bench.scenarios;
