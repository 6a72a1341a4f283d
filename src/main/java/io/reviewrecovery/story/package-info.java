/**
 * The story of one case, running or ended, told the same way to everyone who may read it (the
 * auditors' Cockpit plugin, and the staff's case page): the case file, every step with who claimed
 * and completed it and what they recorded, the events and incidents on the way, the path through
 * the diagram, the completions the guard refused, and the changes operators made; with its export
 * as JSON and PDF. Also the record of those refusals. Capability: it may use the kernel (config,
 * input, review, jobs, process) and the capabilities up to outcomes; retention, above it, removes
 * the refusals with the case.
 */
package io.reviewrecovery.story;
