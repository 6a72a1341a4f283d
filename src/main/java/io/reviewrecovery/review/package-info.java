/**
 * The review and platform types every capability shares: the platforms, a review as its platform
 * identifies it, why a review breaks a platform's terms, the channels that reach a customer, the
 * reviewer, and the proposals and remedies an agent offers. Plain values. Kernel: it may use config
 * and input (and uses neither); every capability and the wiring may use it.
 */
package io.reviewrecovery.review;
