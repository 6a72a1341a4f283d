/**
 * Whether a reviewer is a customer: the reviewer's claim cross-referenced with the transaction
 * records. Capability: it may use the kernel (config, input, review, jobs, process) and database.
 */
package io.reviewrecovery.verification;
