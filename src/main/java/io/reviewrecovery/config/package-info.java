/**
 * What the configuration decides: the settings an operator tunes under {@code review-recovery.*}
 * ({@code ReviewRecoveryProperties}), validated at start-up, and the one configured bean that serves
 * each channel or platform, with the {@code local} profile's keeping on the machine what none
 * serves ({@code Routes}). Kernel, the bottom floor: it may use nothing of the application, and every
 * package may use it.
 */
package io.reviewrecovery.config;
