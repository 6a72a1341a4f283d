/**
 * The checks of what the business says: outreach, review invitations and public replies, the
 * per-platform switches (such as asking for a review update), and the automatic findings for the
 * terms assessment. Capability: it may use the kernel (config, input, review, jobs, process), database, verification and
 * messaging.
 */
package io.reviewrecovery.compliance;
