package io.reviewrecovery.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.cases.NewReview;
import io.reviewrecovery.cases.ReviewCase;
import io.reviewrecovery.cases.ReviewCases;
import io.reviewrecovery.cases.ReviewIntake;
import io.reviewrecovery.process.PlatformEventType;
import io.reviewrecovery.review.Platform;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the platforms report, from signed webhooks and from the poller alike, each event once by
 * its id. A new negative review starts a case through {@link ReviewIntake}; an update or removal
 * goes to its case through {@link PlatformEvents}: an open case watches its review at every step and
 * takes it at once. An event its case cannot take at that moment (e.g. while the case ends by
 * another way) is kept and delivered by {@link #deliverWaiting()}; one that arrives after its case
 * ended is recorded as {@link State#DISCARDED}, never an error. Whoever handles an event (the
 * webhook's request or the redelivery) first claims it with a conditional update, so only one acts on it.
 */
@Service
public class PlatformEventInbox {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformEventInbox.class);
  static final String NEW_REVIEW = "REVIEW_CREATED";
  /**
   * A handler takes seconds (one intake or one correlation); a claim this old belongs to a handler
   * that stopped half-way, e.g. with the application, and its event is pending again.
   */
  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  /** Where an event stands. */
  public enum State {
    /** Not taken yet: its case could not take it at that moment. */
    PENDING,
    /**
     * Claimed by one handler (the webhook's or the redelivery's) right now, since {@code handled_at};
     * the others leave it alone. Pending again if that handler fails.
     */
    CLAIMED,
    /** Started its case, or its case took it. */
    HANDLED,
    /** Not for a case: a review rated above the limit, or a change to a review without a case. */
    IGNORED,
    /** Its case had ended: recorded, the case stays as it ended. */
    DISCARDED
  }

  /** @param duplicate whether the event id was received before; then nothing was done again */
  public record Receipt(String eventId, State state, boolean duplicate) {
  }

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Validator validator;
  private final ReviewIntake intake;
  private final ReviewCases cases;
  private final PlatformEvents platformEvents;
  private final int maxRating;

  public PlatformEventInbox(JdbcTemplate jdbc, ObjectMapper json, Validator validator, ReviewIntake intake,
      ReviewCases cases, PlatformEvents platformEvents,
      PlatformProperties properties) {
    this.jdbc = jdbc;
    this.json = json;
    this.validator = validator;
    this.intake = intake;
    this.cases = cases;
    this.platformEvents = platformEvents;
    this.maxRating = properties.maxRating();
  }

  /**
   * A review the platform published.
   *
   * @throws IllegalArgumentException when the review is invalid or of another platform; nothing is kept then
   */
  public Receipt receiveNewReview(Platform platform, String eventId, NewReview review) {
    Set<ConstraintViolation<NewReview>> violations = validator.validate(review);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(violations.stream()
          .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
          .map(violation -> "review." + violation.getPropertyPath() + " " + violation.getMessage())
          .collect(Collectors.joining("; ")));
    }
    if (!platform.code().equals(review.platform())) {
      throw new IllegalArgumentException("review.platform must be " + platform.code());
    }
    return receive(new Event(platform, eventId, NEW_REVIEW, review.platformReviewId(), write(review), preciseNow()));
  }

  /** An update or removal of a review. */
  public Receipt receiveChange(Platform platform, String eventId, String platformReviewId, PlatformEventType type) {
    return receive(new Event(platform, eventId, type.name(), platformReviewId, null, preciseNow()));
  }

  /** Tries every pending event again; returns how many are no longer pending. */
  public int deliverWaiting() {
    int abandoned = jdbc.update("update platform_event set state = ?, handled_at = null where state = ? and handled_at < ?",
        State.PENDING.name(), State.CLAIMED.name(), Timestamp.from(Instant.now().minus(ABANDONED_AFTER)));
    if (abandoned > 0) {
      LOG.warn("{} platform events were claimed over {} ago by a handler that did not finish; pending again",
          abandoned, ABANDONED_AFTER);
    }
    List<Event> pending = jdbc.query("""
            select platform, event_id, type, platform_review_id, review, received_at from platform_event
             where state = ? order by received_at
            """,
        (row, n) -> new Event(Platform.fromCode(row.getString("platform")).orElseThrow(), row.getString("event_id"),
            row.getString("type"), row.getString("platform_review_id"), row.getString("review"),
            row.getTimestamp("received_at").toInstant()),
        State.PENDING.name());
    int settled = 0;
    for (Event event : pending) {
      try {
        State state = handle(event);
        settled += state == State.PENDING || state == State.CLAIMED ? 0 : 1;
      } catch (RuntimeException failed) {
        LOG.warn("Platform event {} of {} stays pending: {}", event.eventId(), event.platform().code(), failed.toString());
      }
    }
    return settled;
  }

  private Receipt receive(Event event) {
    if (!record(event)) {
      LOG.info("Platform event {} of {} was received before; ignored", event.eventId(), event.platform().code());
      return new Receipt(event.eventId(), state(event), true);
    }
    return new Receipt(event.eventId(), handle(event), false);
  }

  /**
   * Handles the event if this call can claim it: the webhook and the redelivery may both try one
   * event at the same moment, and only one of them may act on it and decide its state.
   */
  private State handle(Event event) {
    Timestamp claimedAt = Timestamp.from(preciseNow());
    if (!claim(event, claimedAt)) {
      State current = state(event);
      LOG.info("Platform event {} of {} is {}, not pending; left to whoever has it", event.eventId(),
          event.platform().code(), current);
      return current;
    }
    State outcome = State.PENDING;
    try {
      outcome = event.type().equals(NEW_REVIEW) ? handleNewReview(event) : handleChange(event);
      return outcome;
    } finally {
      settle(event, claimedAt, outcome);
    }
  }

  /** @return whether this call claimed the pending event; false when another handler has or had it */
  private boolean claim(Event event, Timestamp claimedAt) {
    return jdbc.update("""
            update platform_event set state = ?, handled_at = ?
             where platform = ? and event_id = ? and state = ?
            """, State.CLAIMED.name(), claimedAt, event.platform().code(), event.eventId(), State.PENDING.name()) == 1;
  }

  /**
   * Ends this call's claim with the outcome. Only the claim made at {@code claimedAt} is ended: one
   * given up as abandoned meanwhile, and perhaps claimed again by another handler, is not overwritten.
   */
  private void settle(Event event, Timestamp claimedAt, State outcome) {
    Timestamp handledAt = outcome == State.PENDING ? null : Timestamp.from(Instant.now());
    jdbc.update("""
            update platform_event set state = ?, handled_at = ?
             where platform = ? and event_id = ? and state = ? and handled_at = ?
            """, outcome.name(), handledAt, event.platform().code(), event.eventId(), State.CLAIMED.name(), claimedAt);
  }

  private State handleNewReview(Event event) {
    NewReview review = read(event.review());
    if (review.rating() > maxRating) {
      LOG.info("Review {}: rated {} of 5, above the limit of {}; no case", review.businessKey(), review.rating(), maxRating);
      return State.IGNORED;
    }
    intake.receive(review);
    return State.HANDLED;
  }

  private State handleChange(Event event) {
    PlatformEventType type = PlatformEventType.valueOf(event.type());
    String businessKey = ReviewCase.businessKey(event.platform().code(), event.platformReviewId());
    var reviewCase = cases.find(businessKey);
    if (reviewCase.isEmpty()) {
      LOG.info("Review {}: {} reported, but the review has no case; ignored", businessKey, type);
      return State.IGNORED;
    }
    if (platformEvents.deliverIfWaiting(reviewCase.get(), type)) {
      return State.HANDLED;
    }
    if (platformEvents.ended(reviewCase.get())) {
      LOG.info("Case {}: {} arrived after the case ended; recorded, the case stays as it ended", businessKey, type);
      return State.DISCARDED;
    }
    LOG.info("Case {}: not waiting for {} yet; kept until it does", businessKey, type);
    return State.PENDING;
  }

  /** @return false when the event id is known already */
  private boolean record(Event event) {
    if (state(event) != null) {
      return false;
    }
    try {
      jdbc.update("""
              insert into platform_event (platform, event_id, type, platform_review_id, review, state, received_at)
              values (?, ?, ?, ?, ?, ?, ?)
              """, event.platform().code(), event.eventId(), event.type(), event.platformReviewId(), event.review(),
          State.PENDING.name(), Timestamp.from(event.receivedAt()));
      return true;
    } catch (DuplicateKeyException receivedConcurrently) {
      return false;
    }
  }

  private State state(Event event) {
    return jdbc.query("select state from platform_event where platform = ? and event_id = ?",
            (row, n) -> State.valueOf(row.getString(1)), event.platform().code(), event.eventId())
        .stream().findFirst().orElse(null);
  }

  private String write(NewReview review) {
    try {
      return json.writeValueAsString(review);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store review " + review.businessKey(), e);
    }
  }

  private NewReview read(String review) {
    try {
      return json.readValue(review, NewReview.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a stored review", e);
    }
  }

  /** Now, as precisely as the database keeps it, so that a time compares the same before and after it is stored. */
  private static Instant preciseNow() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private record Event(Platform platform, String eventId, String type, String platformReviewId, String review,
      Instant receivedAt) {
  }
}
