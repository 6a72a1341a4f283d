/**
 * Review invitations: who is due, sending them on their schedule, and the unsubscribe link with the
 * opt-outs. Capability: it may use the kernel (config, input, review, jobs, process) and the capabilities up to outreach
 * (database, verification, messaging, compliance, responses, cases, platform, outreach). The
 * unsubscribe page's controller is in web.
 */
package io.reviewrecovery.invitations;
