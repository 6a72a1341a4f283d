/**
 * The review platforms: the reports to them, public replies routed to one adapter per platform (the
 * sub-packages google, trustpilot, yelp), the review poller, webhook payloads (webhook), and the inbox
 * of platform events with their delivery to cases, the platforms' OAuth credentials (renewed by
 * Spring Security's OAuth2 client), their health indicator and metrics. Capability: it may use the kernel (config, input, review, jobs, process),
 * database, verification, messaging, compliance, responses and cases. Its sub-packages use it; it
 * does not use them.
 */
package io.reviewrecovery.platform;
