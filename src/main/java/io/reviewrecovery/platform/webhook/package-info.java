/**
 * What a platform webhook carries: the event's body and its signature. Part of the platform
 * capability: it may use platform and whatever platform may use. The webhook's controller is in
 * web.
 */
package io.reviewrecovery.platform.webhook;
