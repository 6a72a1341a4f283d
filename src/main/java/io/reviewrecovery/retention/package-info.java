/**
 * How long data is kept: the history time to live of every process, and the removal of our copies
 * of the cases Camunda's history cleanup removed. Capability, the highest: it may use the kernel (config, input, review, jobs, process)
 * and every other capability.
 */
package io.reviewrecovery.retention;
