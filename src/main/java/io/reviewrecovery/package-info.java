/**
 * Review Recovery: a Camunda 7 process application that handles a business's negative online reviews
 * end to end. Its packages stand on three floors, and each uses only what is below it: the kernel
 * (the review and platform types, the process vocabulary, configuration), the capabilities above it,
 * and the process wiring on top (delegates, the engine's guards, Tasklist, web controllers).
 * {@code ArchitectureTest} holds the order, and fails on any import against it and on any cycle;
 * each package's package-info says what it may use. This package holds only the application class.
 */
package io.reviewrecovery;
