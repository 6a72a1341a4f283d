package io.reviewrecovery.bench.subjects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body with {@code #{name}} placeholders (Gatling's syntax, so the files read like
 * Gatling bodies), filled from a map. A placeholder without a value is an error, not an empty text.
 */
public record Template(String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("#\\{([A-Za-z]+)}");

  public static Template resource(String name) {
    try (InputStream in = Template.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + name + " on the classpath");
      }
      return new Template(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String fill(Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalArgumentException("No value for #{" + placeholder.group(1) + "}");
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(filled).toString();
  }
}
