package io.reviewrecovery.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The review platforms the business handles reviews from. */
public enum Platform {
  GOOGLE("Google"),
  TRUSTPILOT("Trustpilot"),
  YELP("Yelp");

  /**
   * The longest public reply, in UTF-8 bytes: Google documents 4096 and refuses more; the same
   * bound keeps replies concise on the other platforms.
   */
  public static final int MAX_REPLY_BYTES = 4096;

  private final String displayName;

  Platform(String displayName) {
    this.displayName = displayName;
  }

  /** The lower-case code used in the API and in business keys, e.g. {@code google}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Platform> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
  }

  public static String codes() {
    return Arrays.stream(values()).map(Platform::code).collect(Collectors.joining(", "));
  }
}
