/**
 * One thin Java delegate or listener per step of the process, wired in the BPMN by bean name: it
 * reads the step's variables, calls one capability, and writes the result back. Wiring: it may use
 * security, engine, every capability and the kernel.
 */
package io.reviewrecovery.delegate;
