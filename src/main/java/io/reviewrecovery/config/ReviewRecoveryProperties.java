package io.reviewrecovery.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything an operator tunes, under {@code review-recovery.*}; validated at start-up so a bad
 * value stops the application instead of a running case.
 */
@Validated
@ConfigurationProperties("review-recovery")
public record ReviewRecoveryProperties(
    @Valid @NotNull Business business,
    @Valid @NotNull Verification verification,
    @Valid @NotNull Process process,
    @Valid @NotNull Compliance compliance) {

  /** How the business presents itself to customers and in public replies. */
  public record Business(
      @NotBlank String name,
      @NotBlank @Email String contactEmail,
      String contactPhone) {
  }

  /** How a reviewer is matched against the transaction records. */
  public record Verification(
      /** How far before the review a purchase still counts as the one reviewed. */
      @NotNull Duration purchaseWindow,
      /** Lifetime spend from which a customer counts as high-value (phone outreach suggested). */
      @NotNull @PositiveOrZero BigDecimal highValueSpend) {
  }

  /** Response targets, waiting times, task due dates, limits and retries of the process. */
  public record Process(
      @Min(1) int maxProposals,
      @Valid @NotNull Targets targets,
      @Valid @NotNull Waits waits,
      @Valid @NotNull TaskDue taskDue,
      /**
       * How a step that delivers to the outside world (a message to the customer, the public reply
       * on the platform) is retried when it fails: once after each interval in turn, then an
       * incident. Together long enough for a routine outage to heal itself.
       */
      @NotEmpty List<@NotNull @DurationMin(seconds = 1) Duration> deliveryRetryIntervals) {
  }

  /**
   * How promptly a case is answered. The tasks on the way to each answer are due when its target
   * runs out, and a case that misses one is escalated to the reputation team.
   */
  public record Targets(
      /** From intake to the first private outreach. */
      @NotNull Duration firstOutreach,
      /** From intake to the assessment of the review against the platform's terms. */
      @NotNull Duration assessment,
      /** From intake to the approval of the public acknowledgement, when nobody can reach the reviewer privately. */
      @NotNull Duration acknowledgement,
      /** From the moment a case turns to a public reply to that reply's approval. */
      @NotNull Duration publicReply,
      /** From an escalation to the reputation team's answer to it (its chase task's due date). */
      @NotNull Duration chase) {
  }

  /** How long the process waits for someone outside before it moves on. */
  public record Waits(
      @NotNull Duration platformDecision,
      @NotNull Duration customerAnswer,
      @NotNull Duration satisfactionAnswer,
      @NotNull Duration reviewUpdate,
      /** After the public acknowledgement, for the reviewer to get in touch. */
      @NotNull Duration reviewerContact,
      /** After a case ended with a public reply, before its review is looked up again and its final rating kept. */
      @NotNull Duration reviewRecheck) {
  }

  /** What the business may ask of a customer, where platforms' rules differ. */
  public record Compliance(@Valid @NotNull UpdateRequest updateRequest) {
  }

  /**
   * Per platform, whether the one request to update a review may be sent once the customer is
   * satisfied: off where the platform's rules forbid asking.
   */
  public record UpdateRequest(
      @NotNull Boolean google,
      @NotNull Boolean trustpilot,
      @NotNull Boolean yelp) {
  }

  /**
   * How long staff have for work that no response target covers, from the moment the task is
   * created.
   */
  public record TaskDue(@NotNull Duration implementRemedy) {
  }
}
