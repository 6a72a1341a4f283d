package io.reviewrecovery.platform.webhook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.reviewrecovery.cases.NewReview;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /api/platform-webhooks/{platform}}.
 *
 * @param eventId the sender's unique id of the event; a repeated id is ignored
 * @param platformReviewId the review an update or removal is about
 * @param review the new review, for {@code REVIEW_CREATED}, in the shape of {@code POST /api/reviews}
 */
public record WebhookEvent(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._~:-]{1,200}", message = "must be 1 to 200 letters, digits or . _ ~ : -")
    String eventId,
    @NotNull Type type,
    @Pattern(regexp = "[A-Za-z0-9._~-]{1,150}", message = "must be 1 to 150 letters, digits or . _ ~ -")
    String platformReviewId,
    @Valid NewReview review) {

  public enum Type {
    REVIEW_CREATED,
    REVIEW_UPDATED,
    REVIEW_REMOVED
  }

  @JsonIgnore
  @AssertTrue(message = "a REVIEW_CREATED event needs the review; an update or removal needs platformReviewId")
  public boolean isComplete() {
    return type == null || (type == Type.REVIEW_CREATED ? review != null : platformReviewId != null);
  }
}
