/**
 * The database under the engine and the application: Camunda's schema as a Flyway migration, the
 * process engine built after the migrations, the refusal of an unknown schema, PostgreSQL's settings,
 * the connection pool's check against the job executor, and the lock that lets one node of a
 * cluster run each schedule. Capability, the lowest: it may use
 * the kernel (config, input, review, jobs, process) and no other capability.
 */
package io.reviewrecovery.database;
