/**
 * The applications under test and what is sent to them: how each one is started and reached
 * ({@link io.reviewrecovery.bench.subjects.Subject}), the request bodies and the tasks of a whole
 * case, and the harness's own HTTP calls. Uses nothing else of the benchmark.
 */
package io.reviewrecovery.bench.subjects;
