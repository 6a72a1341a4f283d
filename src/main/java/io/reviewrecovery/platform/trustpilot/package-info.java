/**
 * Trustpilot as a review platform: replying as a business user and listing reviews. Part of the
 * platform capability: it may use platform and whatever platform may use.
 */
package io.reviewrecovery.platform.trustpilot;
