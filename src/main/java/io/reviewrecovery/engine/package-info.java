/**
 * Wiring of the engine: the task completion guard and its rules per task (what a person must fill
 * in, read from the forms), what the engine's guards share (command fields, their place in the
 * command chain), the deployment of processes, decisions and forms, and the check of the job lock
 * time. Wiring, the lowest of the top floor: it may use every capability and the kernel, and no
 * other wiring package.
 */
package io.reviewrecovery.engine;
