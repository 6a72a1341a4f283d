/**
 * The private messages to a customer: rendered from their templates, sent each at most once over
 * the chosen channel, and where to reach the reviewer. Capability: it may use the kernel (config, input, review, jobs, process),
 * database, verification, messaging, compliance, responses, cases and platform.
 */
package io.reviewrecovery.outreach;
