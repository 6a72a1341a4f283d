/**
 * The case register: the intake (one case per review, and the only way a case starts), case files,
 * each case's timeline and the listeners that keep it, overdue cases, and the errors of the case
 * API. Capability: it may use the kernel (config, input, review, jobs, process), database, verification, messaging,
 * compliance and responses. The case API's controller is in web; platform events are in platform.
 */
package io.reviewrecovery.cases;
