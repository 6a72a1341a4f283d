/**
 * The settings an operator tunes under {@code review-recovery.*} ({@code ReviewRecoveryProperties}),
 * validated at start-up. Kernel, the bottom floor: it may use nothing of the application, and every
 * package may use it.
 */
package io.reviewrecovery.config;
