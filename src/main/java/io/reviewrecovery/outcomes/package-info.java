/**
 * The outcome figures (where cases stand, how fast they reach the customer, what is late) and their
 * bar charts. Capability: it may use the kernel (config, input, review, jobs, process) and the capabilities up to invitations.
 * The page and {@code GET /api/outcomes} are served by web.
 */
package io.reviewrecovery.outcomes;
