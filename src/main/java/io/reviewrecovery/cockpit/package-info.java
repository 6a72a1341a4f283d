/**
 * Camunda Cockpit, extended through its public plugin interface: the case audit plugin, which finds
 * any case, running or ended, and tells its story with the path through the diagram, and exports it
 * as JSON or PDF. Auditors ({@code audit}) and admins use it; its REST resource refuses everyone
 * else. Its front end is the ES module {@code plugin-webapp/review-audit/app/plugin.js}. Wiring: it
 * may use tasklist, delegate, security, engine, every capability and the kernel.
 */
package io.reviewrecovery.cockpit;
