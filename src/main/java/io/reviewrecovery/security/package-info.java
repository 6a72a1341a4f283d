/**
 * Who may do what: the groups and their authorizations, the case API's access rules (HTTP Basic and
 * groups), who may use the engine's APIs, the refusal of expressions in queries, valid identity ids,
 * the production admin check, and the local users. Wiring: it may use engine, every capability and
 * the kernel.
 */
package io.reviewrecovery.security;
