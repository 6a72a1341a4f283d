/**
 * What Camunda Tasklist shows the teams: their task filters, and what every task says of its case (a
 * name that quotes the review, the case's history for its form). Wiring: it may use delegate,
 * security, engine, every capability and the kernel.
 */
package io.reviewrecovery.tasklist;
