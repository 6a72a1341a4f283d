/**
 * Yelp as a review platform: public comments as the business owner, within Yelp's daily limit.
 * Part of the platform capability: it may use platform and whatever platform may use.
 */
package io.reviewrecovery.platform.yelp;
