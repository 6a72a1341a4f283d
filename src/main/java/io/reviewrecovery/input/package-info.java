/**
 * What the application accepts from outside, before any of it reaches the engine or the database:
 * text without control characters, strict JSON binding, and bounded request bodies. A bottom
 * package: it uses nothing of the application, so every capability and controller may use it.
 */
package io.reviewrecovery.input;
