/**
 * The customers' response links: signing them (also the unsubscribe links), what each answer
 * records, completing the waiting task, and what every customer page has. Capability: it may use
 * the kernel (config, input, review, jobs, process), database, verification, messaging and compliance. The pages' controller
 * is in web.
 */
package io.reviewrecovery.responses;
