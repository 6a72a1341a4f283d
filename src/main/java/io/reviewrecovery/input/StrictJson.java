package io.reviewrecovery.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds JSON exactly as the README documents the bodies: a value of the wrong JSON type is refused
 * instead of converted ({@code 1.5} is no rating, {@code true} no review id, {@code 123} no text, a
 * number no instant, {@code 0} or {@code " REVIEW_REMOVED"} no event type), and so is a key given
 * twice (which would otherwise let the last one win silently). This configures Spring Boot's
 * {@code ObjectMapper}, which reads the bodies of this application's own endpoints (the case API,
 * and the webhooks and the platform event inbox, which are handed it). Camunda's REST API and webapps bind with their own mapper, Camunda Spin with its
 * own, and the platform adapters' HTTP clients with theirs: none of them is touched.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

  /** What {@link #strictJsonBinding()} refuses for an instant, in the README's words. */
  static final String INSTANT_FORMAT = "must be an ISO-8601 instant, e.g. 2025-06-01T09:30:00Z";

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonBinding() {
    return builder -> builder
        .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // "1" is no number and "true" no boolean; 1.5 is no whole number.
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .postConfigurer(mapper -> {
          // 123, 1.5 and true are no text.
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.registerModule(new SimpleModule("strict-json")
              .addDeserializer(Instant.class, new IsoInstant())
              .setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                  return new UntrimmedEnum(deserializer, type.getRawClass());
                }
              }));
        });
  }

  /**
   * An enum only by its exact name: Jackson's own trims the text first, and Java's trim takes every
   * control character with the blanks, so {@code REVIEW_REMOVED} followed by a NUL would be a removal.
   */
  static final class UntrimmedEnum extends StdDeserializer<Object> implements ContextualDeserializer {

    private final JsonDeserializer<?> exact;

    UntrimmedEnum(JsonDeserializer<?> exact, Class<?> type) {
      super(type);
      this.exact = exact;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual = exact instanceof ContextualDeserializer deserializer
          ? deserializer.createContextual(context, property) : exact;
      return contextual == exact ? this : new UntrimmedEnum(contextual, handledType());
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING && !parser.getText().equals(parser.getText().trim())) {
        return context.handleWeirdStringValue(handledType(), parser.getText(), "not the exact name of a value");
      }
      return exact.deserialize(parser, context);
    }
  }

  /**
   * An instant only as ISO-8601 text: Jackson's own reads numbers (and text of digits) as epoch
   * seconds, so {@code 1e308} would be 1970 and {@code 20261120} a day in August 1970.
   */
  static final class IsoInstant extends StdScalarDeserializer<Instant> {

    IsoInstant() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getText().strip();
      try {
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
      } catch (DateTimeParseException notAnInstant) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text, INSTANT_FORMAT);
      }
    }
  }
}
