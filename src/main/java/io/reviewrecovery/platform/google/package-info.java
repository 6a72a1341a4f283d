/**
 * Google Business Profile as a review platform: posting replies and listing reviews. Part of the
 * platform capability: it may use platform and whatever platform may use.
 */
package io.reviewrecovery.platform.google;
