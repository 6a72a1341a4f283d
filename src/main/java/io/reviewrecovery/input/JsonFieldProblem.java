package io.reviewrecovery.input;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which field of a JSON body could not be read, and why, in words for the sender, e.g.
 * {@code rating} "must be a whole number" or {@code review.text} "appears more than once".
 *
 * @param field the path of the field, dot-separated, with {@code [i]} for array elements
 */
public record JsonFieldProblem(String field, String message) {

  private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
      Short.class, short.class);

  /** The field that {@code failure} (or its cause), an exception of Jackson's, is about; empty if it names none. */
  public static Optional<JsonFieldProblem> of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException reading && isDuplicateKey(reading) && reading.getProcessor() != null) {
        return Optional.of(new JsonFieldProblem(path(reading.getProcessor().getParsingContext()), "appears more than once"));
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        boolean outOfRange = causes(mapping).anyMatch(InputCoercionException.class::isInstance);
        return Optional.of(new JsonFieldProblem(path(mapping), outOfRange ? "is out of range" : expected(targetType(mapping))));
      }
    }
    return Optional.empty();
  }

  /** {@code field message}, as a sentence part. */
  public String describe() {
    return field + " " + message;
  }

  /** The type the value was to become, as the failure or its cause says. */
  private static Class<?> targetType(Throwable failure) {
    return causes(failure).filter(MismatchedInputException.class::isInstance).map(MismatchedInputException.class::cast)
        .map(MismatchedInputException::getTargetType).filter(Objects::nonNull).findFirst().orElse(Object.class);
  }

  private static Stream<Throwable> causes(Throwable failure) {
    return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "must be text";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == Instant.class) {
      return StrictJson.INSTANT_FORMAT;
    }
    if (type.isEnum()) {
      return "must be one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    return "has the wrong type or format";
  }

  private static String path(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  /** The parser's place: the duplicate key is its current name (Jackson sets it before checking). */
  private static String path(JsonStreamContext context) {
    List<String> steps = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      steps.add(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : at.getCurrentName());
    }
    return String.join(".", steps).replace(".[", "[");
  }

  /** Jackson reports a duplicate key ({@code STRICT_DUPLICATE_DETECTION}) with no type of its own. */
  private static boolean isDuplicateKey(StreamReadException reading) {
    return reading.getOriginalMessage() != null && reading.getOriginalMessage().startsWith("Duplicate field '");
  }
}
