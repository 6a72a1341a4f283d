/**
 * What the application accepts from outside, before any of it reaches the engine or the database:
 * text without control characters, strict JSON binding, and bounded request bodies. Kernel: it may
 * use config (and uses none of the application today); every capability and controller may use it.
 */
package io.reviewrecovery.input;
