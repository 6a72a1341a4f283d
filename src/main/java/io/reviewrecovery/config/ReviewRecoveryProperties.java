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
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything an operator tunes, under {@code review-recovery.*}; validated at start-up so a bad
 * value stops the application instead of a running case. Each setting's description is its
 * {@code @param} tag: the configuration processor turns them into the metadata IDEs show.
 *
 * @param business how the business presents itself
 * @param verification how a reviewer is matched against the transaction records
 * @param process response targets, waits, due dates, limits and retries of the process
 * @param compliance what the business may ask of a customer
 */
@Validated
@ConfigurationProperties("review-recovery")
public record ReviewRecoveryProperties(
    @Valid @NotNull Business business,
    @Valid @NotNull Verification verification,
    @Valid @NotNull Process process,
    @Valid @NotNull Compliance compliance) {

  /**
   * How the business presents itself to customers and in public replies.
   *
   * @param name the business's name, which signs messages to customers
   * @param contactEmail the business's contact email, in signatures and public replies
   * @param contactPhone the business's contact phone, added to signatures when set
   * @param locale the language and conventions staff read dates and numbers in (Tasklist, the case
   *     inbox, the forms); a BCP 47 tag such as {@code en-GB}
   * @param timeZone the time zone of the business's day, in which staff read dates and times
   */
  public record Business(
      @NotBlank String name,
      @NotBlank @Email String contactEmail,
      String contactPhone,
      @NotNull Locale locale,
      @NotNull ZoneId timeZone) {
  }

  /**
   * How a reviewer is matched against the transaction records.
   *
   * @param purchaseWindow how long before the review a purchase still counts as the one reviewed
   * @param highValueSpend lifetime spend from which a customer counts as high-value (phone outreach suggested)
   */
  public record Verification(
      @NotNull Duration purchaseWindow,
      @NotNull @PositiveOrZero BigDecimal highValueSpend) {
  }

  /**
   * Response targets, waiting times, task due dates, limits and retries of the process.
   *
   * @param maxProposals proposals to an unsatisfied customer before the case goes to a public reply
   * @param targets how promptly a case is answered
   * @param waits how long the process waits for someone outside before it moves on
   * @param taskDue how long staff have for work that no response target covers
   * @param deliveryRetryIntervals how a step that delivers to the outside world (a message to the
   *     customer, the public reply on the platform) is retried when it fails: once after each interval
   *     in turn, then an incident. Together long enough for a routine outage to heal itself
   */
  public record Process(
      @Min(1) int maxProposals,
      @Valid @NotNull Targets targets,
      @Valid @NotNull Waits waits,
      @Valid @NotNull TaskDue taskDue,
      @NotEmpty List<@NotNull @DurationMin(seconds = 1) Duration> deliveryRetryIntervals) {
  }

  /**
   * How promptly a case is answered. The tasks on the way to each answer are due when its target
   * runs out, and a case that misses one is escalated to the reputation team.
   *
   * @param firstOutreach from intake to the first private outreach
   * @param assessment from intake to the assessment of the review against the platform's terms
   * @param acknowledgement from intake to the approval of the public acknowledgement, when nobody can
   *     reach the reviewer privately
   * @param publicReply from the moment a case turns to a public reply to that reply's approval
   * @param chase from an escalation to the reputation team's answer to it (its chase task's due date)
   */
  public record Targets(
      @NotNull Duration firstOutreach,
      @NotNull Duration assessment,
      @NotNull Duration acknowledgement,
      @NotNull Duration publicReply,
      @NotNull Duration chase) {
  }

  /**
   * How long the process waits for someone outside before it moves on; each wait is also its task's due date.
   *
   * @param platformDecision for the platform's decision after reporting the review
   * @param customerAnswer for the customer's answer to a proposal
   * @param satisfactionAnswer for the answer to the satisfaction question
   * @param reviewUpdate for the review to be updated
   * @param reviewerContact after the public acknowledgement, for the reviewer to get in touch
   * @param reviewRecheck after a case ended with a public reply, before its review is looked up again and its
   *     final rating kept
   */
  public record Waits(
      @NotNull Duration platformDecision,
      @NotNull Duration customerAnswer,
      @NotNull Duration satisfactionAnswer,
      @NotNull Duration reviewUpdate,
      @NotNull Duration reviewerContact,
      @NotNull Duration reviewRecheck) {
  }

  /**
   * What the business may ask of a customer, where platforms' rules differ.
   *
   * @param updateRequest per platform, whether a satisfied customer is asked once to update the review
   */
  public record Compliance(@Valid @NotNull UpdateRequest updateRequest) {
  }

  /**
   * Per platform, whether the one request to update a review may be sent once the customer is
   * satisfied: off where the platform's rules forbid asking.
   *
   * @param google whether a satisfied Google reviewer is asked once to update the review
   * @param trustpilot the same for Trustpilot (whose rules forbid asking)
   * @param yelp the same for Yelp
   */
  public record UpdateRequest(
      @NotNull Boolean google,
      @NotNull Boolean trustpilot,
      @NotNull Boolean yelp) {
  }

  /**
   * How long staff have for work that no response target covers, from the moment the task is
   * created.
   *
   * @param implementRemedy due date of "Implement remedy", escalated to reputation when missed
   */
  public record TaskDue(@NotNull Duration implementRemedy) {
  }
}
