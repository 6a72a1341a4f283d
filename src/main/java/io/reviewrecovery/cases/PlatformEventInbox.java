package io.reviewrecovery.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.platform.Platform;
import io.reviewrecovery.platform.PlatformProperties;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the platforms report, from signed webhooks and from the poller alike, each event once by
 * its id. A new negative review starts a case through {@link ReviewIntake}; an update or removal
 * goes to its case through {@link PlatformEvents}. An event that arrives before its case waits for
 * it is kept and delivered by {@link #deliverWaiting()} once the case waits for it; it is dropped
 * only when its case ends without ever waiting for it.
 */
@Service
public class PlatformEventInbox {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformEventInbox.class);
  static final String NEW_REVIEW = "REVIEW_CREATED";

  /** Where an event stands. */
  public enum State {
    /** Not taken yet: its case does not wait for it yet. */
    PENDING,
    /** Started its case, or its case took it. */
    HANDLED,
    /** Not for a case: a review rated above the limit, or a change to a review without a case. */
    IGNORED,
    /** Its case ended without waiting for it. */
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
  private final RuntimeService runtimeService;
  private final int maxRating;

  public PlatformEventInbox(JdbcTemplate jdbc, ObjectMapper json, Validator validator, ReviewIntake intake,
      ReviewCases cases, PlatformEvents platformEvents, RuntimeService runtimeService, PlatformProperties properties) {
    this.jdbc = jdbc;
    this.json = json;
    this.validator = validator;
    this.intake = intake;
    this.cases = cases;
    this.platformEvents = platformEvents;
    this.runtimeService = runtimeService;
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
    return receive(new Event(platform, eventId, NEW_REVIEW, review.platformReviewId(), write(review)));
  }

  /** An update or removal of a review. */
  public Receipt receiveChange(Platform platform, String eventId, String platformReviewId, PlatformEventType type) {
    return receive(new Event(platform, eventId, type.name(), platformReviewId, null));
  }

  /** Tries every pending event again; returns how many are no longer pending. */
  public int deliverWaiting() {
    List<Event> pending = jdbc.query("""
            select platform, event_id, type, platform_review_id, review from platform_event
             where state = ? order by received_at
            """,
        (row, n) -> new Event(Platform.fromCode(row.getString("platform")).orElseThrow(), row.getString("event_id"),
            row.getString("type"), row.getString("platform_review_id"), row.getString("review")),
        State.PENDING.name());
    int settled = 0;
    for (Event event : pending) {
      try {
        settled += handle(event) == State.PENDING ? 0 : 1;
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

  private State handle(Event event) {
    State state = event.type().equals(NEW_REVIEW) ? handleNewReview(event) : handleChange(event);
    if (state != State.PENDING) {
      jdbc.update("update platform_event set state = ?, handled_at = ? where platform = ? and event_id = ?",
          state.name(), Timestamp.from(Instant.now()), event.platform().code(), event.eventId());
    }
    return state;
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
    boolean ended = runtimeService.createProcessInstanceQuery()
        .processInstanceId(reviewCase.get().processInstanceId()).count() == 0;
    if (ended) {
      LOG.info("Case {}: ended without waiting for {}; the event is dropped", businessKey, type);
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
          State.PENDING.name(), Timestamp.from(Instant.now()));
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

  private record Event(Platform platform, String eventId, String type, String platformReviewId, String review) {
  }
}
