package io.reviewrecovery.compliance;

import java.util.List;

/**
 * What a public reply must not reveal about one case.
 *
 * @param customerNames the reviewer's name as shown on the platform and the customer's name on record
 * @param orderReference the order reference the reviewer gave, or {@code null}
 * @param remedyDetails what the agent wrote about the remedy, or {@code null}
 */
public record CaseSpecifics(List<String> customerNames, String orderReference, String remedyDetails) {
}
