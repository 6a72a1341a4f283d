/**
 * Wiring of the engine: the task completion guard and its rules per task (what a person must fill
 * in, read from the forms), the command fields the engine's guards read, the deployment of
 * processes, decisions and forms, and the check of the job lock time. Wiring, the lowest of the top
 * floor: it may use every capability and the kernel, and no other wiring package.
 */
package io.reviewrecovery.engine;
