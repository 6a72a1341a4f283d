package io.reviewrecovery.web;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_INTEGRATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import io.reviewrecovery.cases.CaseFile;
import io.reviewrecovery.cases.CaseFiles;
import io.reviewrecovery.cases.CaseProblems;
import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.platform.PlatformEvents;
import io.reviewrecovery.process.CaseLogContext;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.security.AllowedGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case API that review integrations and people's tools use; documented in docs/case-api.md. Each
 * endpoint names the groups that may call it: integrations and both teams report reviews, only
 * the teams read case files, and only integrations and reputation (whose task the platform's
 * decision closes) report platform events. Admins may do everything.
 */
@RestController
@RequestMapping("/api/reviews")
public class ReviewController {

  private final ReviewIntake intake;
  private final CaseFiles caseFiles;
  private final PlatformEvents platformEvents;

  public ReviewController(ReviewIntake intake, CaseFiles caseFiles, PlatformEvents platformEvents) {
    this.intake = intake;
    this.caseFiles = caseFiles;
    this.platformEvents = platformEvents;
  }

  /** 201 with a new case; 200 with the existing one when the review was received before. */
  @Operation(summary = "Receive a review", description = "Starts the case of a review, once per review. "
      + "For integration, support, reputation and camunda-admin.")
  @ApiResponse(responseCode = "201", description = "A new case; Location names it")
  @ApiResponse(responseCode = "200", description = "The review was received before: its case, nothing started")
  @ApiResponse(responseCode = "400", description = "Bad input, each bad field named")
  @ApiResponse(responseCode = "401", description = "No credentials, or a wrong password")
  @ApiResponse(responseCode = "403", description = "The user is outside the groups the endpoint allows")
  @ApiResponse(responseCode = "413", description = "The body is larger than request-body-limit.api; not read")
  @AllowedGroups({GROUP_INTEGRATION, GROUP_SUPPORT, GROUP_REPUTATION, CAMUNDA_ADMIN})
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CaseReference> receive(@Valid @RequestBody NewReview review, UriComponentsBuilder uri) {
    ReviewIntake.Intake result = intake.receive(review);
    ReviewCase reviewCase = result.reviewCase();
    URI location = uri.path("/api/reviews/{platform}/{platformReviewId}")
        .buildAndExpand(reviewCase.platform(), reviewCase.platformReviewId()).toUri();
    return ResponseEntity.status(result.started() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(location)
        .body(new CaseReference(reviewCase.businessKey(), reviewCase.processInstanceId()));
  }

  @Operation(summary = "Read a case", description = "The case file of a review. For support, reputation and camunda-admin.")
  @ApiResponse(responseCode = "200", description = "The case file")
  @ApiResponse(responseCode = "401", description = "No credentials, or a wrong password")
  @ApiResponse(responseCode = "403", description = "The user is outside the groups the endpoint allows")
  @ApiResponse(responseCode = "404", description = "An unknown review")
  @AllowedGroups({GROUP_SUPPORT, GROUP_REPUTATION, CAMUNDA_ADMIN})
  @GetMapping("/{platform}/{platformReviewId}")
  public CaseFile caseFile(@PathVariable String platform, @PathVariable String platformReviewId) {
    String businessKey = ReviewCase.businessKey(platform, platformReviewId);
    return caseFiles.find(businessKey).orElseThrow(() -> CaseProblems.noSuchCase(businessKey));
  }

  /** 204 when the case took the event; 404 for an unknown case; 409 when it is not waiting for it. */
  @Operation(summary = "Report what the platform did", description = "The review was removed or updated. "
      + "For integration, reputation and camunda-admin.")
  @ApiResponse(responseCode = "204", description = "The case took the event, or had already ended")
  @ApiResponse(responseCode = "400", description = "Bad input, each bad field named")
  @ApiResponse(responseCode = "401", description = "No credentials, or a wrong password")
  @ApiResponse(responseCode = "403", description = "The user is outside the groups the endpoint allows")
  @ApiResponse(responseCode = "404", description = "An unknown case")
  @ApiResponse(responseCode = "409", description = "The open case cannot take the event at this moment; nothing changed")
  @ApiResponse(responseCode = "413", description = "The body is larger than request-body-limit.api; not read")
  @AllowedGroups({GROUP_INTEGRATION, GROUP_REPUTATION, CAMUNDA_ADMIN})
  @PostMapping(path = "/{platform}/{platformReviewId}/platform-events", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> platformEvent(@PathVariable String platform, @PathVariable String platformReviewId,
      @Valid @RequestBody PlatformEvent event) {
    String businessKey = ReviewCase.businessKey(platform, platformReviewId);
    try (var logContext = CaseLogContext.of(businessKey)) {
      platformEvents.deliver(businessKey, event.type());
    }
    return ResponseEntity.noContent().build();
  }

  public record CaseReference(String businessKey, String processInstanceId) {
  }

  public record PlatformEvent(@NotNull PlatformEventType type) {
  }
}
