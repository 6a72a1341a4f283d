package io.reviewrecovery.input;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request body each part of the application reads, under
 * {@code review-recovery.request-body-limit.*}; see {@link RequestBodyLimit}.
 *
 * @param api this application's own endpoints: the case API, webhooks, response and unsubscribe
 *     links. The largest valid review is a few KB; 64KB holds it even with every character escaped.
 * @param camunda Camunda's REST API ({@code /engine-rest}) and webapps ({@code /camunda}), where
 *     admins upload deployments (a process with its forms is some hundred KB).
 */
@Validated
@ConfigurationProperties("review-recovery.request-body-limit")
public record RequestBodyLimits(@NotNull DataSize api, @NotNull DataSize camunda) {
}
