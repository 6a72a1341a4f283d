/**
 * The vocabulary of the review recovery process: the ids of the BPMN's elements, its message
 * names and groups, its variables with their types, the business objects read from them, the
 * platform events it takes as messages, and the beans its expressions read (process settings,
 * response targets). Kernel, the top of it: it may use config, input, review and jobs; every
 * capability and the wiring may use it. What the process does lives in the capabilities and the wiring.
 */
package io.reviewrecovery.process;
