package io.reviewrecovery.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.input.JsonFieldProblem;
import io.reviewrecovery.platform.PlatformEventInbox;
import io.reviewrecovery.platform.PlatformProperties;
import io.reviewrecovery.platform.webhook.WebhookEvent;
import io.reviewrecovery.platform.webhook.WebhookSignature;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.review.Platform;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signed events from the review platforms (or the integration relaying them): new reviews,
 * updates, removals. Not behind HTTP Basic: the HMAC signature with the platform's shared secret
 * authenticates the sender (see {@link WebhookSignature}). Answers 202 with where the event stands;
 * every refusal (404 platform not enabled, 401 signature, 400 body) changes nothing.
 */
@RestController
public class PlatformWebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformWebhookController.class);

  private final PlatformProperties properties;
  private final PlatformEventInbox inbox;
  private final ObjectMapper json;
  private final Validator validator;

  public PlatformWebhookController(PlatformProperties properties, PlatformEventInbox inbox, ObjectMapper json,
      Validator validator) {
    this.properties = properties;
    this.inbox = inbox;
    this.json = json;
    this.validator = validator;
  }

  @PostMapping(path = "/api/platform-webhooks/{platform}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> receive(@PathVariable("platform") String code,
      @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    Optional<Platform> platform = Platform.fromCode(code);
    Optional<String> secret = platform.flatMap(properties::enabled).map(PlatformProperties.Settings::webhookSecret)
        .filter(value -> !value.isBlank());
    if (secret.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "No webhook", "There is no enabled webhook for the platform '" + code + "'.");
    }
    byte[] signed = body == null ? new byte[0] : body;
    Optional<String> forged = WebhookSignature.problem(secret.get(), timestamp, signature, signed, Instant.now(),
        properties.webhooks().timestampTolerance());
    if (forged.isPresent()) {
      LOG.warn("Webhook for {} refused: {}", code, forged.get());
      return problem(HttpStatus.UNAUTHORIZED, "Not signed", forged.get());
    }
    WebhookEvent event;
    try {
      event = json.readValue(signed, WebhookEvent.class);
    } catch (IOException | IllegalArgumentException malformed) {
      String why = JsonFieldProblem.of(malformed).map(JsonFieldProblem::describe)
          .orElse(malformed instanceof JsonProcessingException parsing ? parsing.getOriginalMessage() : malformed.getMessage());
      return problem(HttpStatus.BAD_REQUEST, "Invalid event", "The body is not a webhook event: " + why);
    }
    if (event == null) {
      return problem(HttpStatus.BAD_REQUEST, "Invalid event", "The body is empty.");
    }
    String invalid = validator.validate(event).stream()
        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .map(PlatformWebhookController::describe)
        .collect(Collectors.joining("; "));
    if (!invalid.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "Invalid event", invalid);
    }
    try {
      PlatformEventInbox.Receipt receipt = switch (event.type()) {
        case REVIEW_CREATED -> inbox.receiveNewReview(platform.get(), event.eventId(), event.review());
        case REVIEW_UPDATED -> inbox.receiveChange(platform.get(), event.eventId(), event.platformReviewId(),
            PlatformEventType.REVIEW_UPDATED);
        case REVIEW_REMOVED -> inbox.receiveChange(platform.get(), event.eventId(), event.platformReviewId(),
            PlatformEventType.REVIEW_REMOVED);
      };
      return ResponseEntity.accepted().body(receipt);
    } catch (IllegalArgumentException invalidReview) {
      return problem(HttpStatus.BAD_REQUEST, "Invalid event", invalidReview.getMessage());
    }
  }

  private static String describe(ConstraintViolation<WebhookEvent> violation) {
    String field = violation.getPropertyPath().toString();
    return field.equals("complete") ? violation.getMessage() : field + " " + violation.getMessage();
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
