/**
 * Every HTTP controller of the application: the case API, the platform webhooks, the outcomes page
 * and API, the customers' response and unsubscribe pages, and the answer to bad input as
 * {@code application/problem+json}. Wiring, the top: it may use every package below it (cockpit, tasklist,
 * delegate, security, engine, the capabilities and the kernel).
 */
package io.reviewrecovery.web;
