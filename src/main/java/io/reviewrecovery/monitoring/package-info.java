/**
 * What an operator watches: the figures of the cases as metrics (open incidents, overdue tasks and
 * the oldest unassigned task per team, cases by outcome), read from the database at most once per
 * {@code review-recovery.monitoring.figures-max-age}, and the settings of monitoring. The counters
 * of events (cases received, messages sent and failed, replies posted and refused) are counted
 * where each event happens. Capability, above all others: it may use the kernel (config, input,
 * review, jobs, process) and every other capability.
 */
package io.reviewrecovery.monitoring;
