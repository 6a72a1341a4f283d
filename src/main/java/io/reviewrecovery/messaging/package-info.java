/**
 * Messages to customers: the communication log (each message at most once), the routing of each
 * message to the delivery of its channel (the local outbox in the {@code local} profile), and email
 * over SMTP. Capability: it may use the kernel (config, input, review, jobs, process), database and verification.
 */
package io.reviewrecovery.messaging;
