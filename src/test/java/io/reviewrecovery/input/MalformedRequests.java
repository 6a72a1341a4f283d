package io.reviewrecovery.input;

import io.reviewrecovery.platform.webhook.WebhookSignature;
import io.reviewrecovery.responses.LinkSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates malformed requests to every door through which input reaches the engine or the
 * database, from a seeded {@link Random}: the same seed gives the same requests, so a failure can be
 * replayed. Each request is invalid by construction (a field of the wrong JSON type, a control
 * character, a key twice, a text too long, a missing required field, broken JSON, a bad signature
 * or token...), and new review ids are unique, so a request that wrongly got through would show as
 * a new case.
 */
final class MalformedRequests {

  /** One HTTP request to send; {@code family} groups them for the counts. */
  record Request(String family, String method, String path, Map<String, String> headers, byte[] body) {

    String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method + " " + path + " " + headers + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
  }

  /** A field of a JSON body: its name, its kind of value, and whether the body needs it. */
  private record Field(String name, Kind kind, boolean required, int maxLength) {
  }

  private enum Kind { TEXT, WHOLE_NUMBER, INSTANT }

  private static final List<Field> REVIEW_FIELDS = List.of(
      new Field("platform", Kind.TEXT, true, 20),
      new Field("platformReviewId", Kind.TEXT, true, 150),
      new Field("rating", Kind.WHOLE_NUMBER, true, 0),
      new Field("text", Kind.TEXT, true, 4000),
      new Field("reviewerName", Kind.TEXT, true, 200),
      new Field("reviewerEmail", Kind.TEXT, false, 320),
      new Field("orderReference", Kind.TEXT, false, 64),
      new Field("reviewUrl", Kind.TEXT, false, 2000),
      new Field("publishedAt", Kind.INSTANT, true, 0));

  /** JSON values of the wrong type for a text. */
  private static final List<String> NOT_TEXT = List.of("0", "123", "-1", "1.5", "1e308", "-1e-308", "true", "false",
      "[]", "[\"x\"]", "{}", "{\"value\": \"x\"}", "123456789012345678901234567890");
  /** JSON values that are not a rating from 1 to 5 as a whole number. */
  private static final List<String> NOT_A_RATING = List.of("\"1\"", "\"one\"", "1.5", "1.0", "2.000001", "1e400",
      "-1e400", "99999999999", "99999999999999999999999", "-2147483649", "0", "6", "-1", "2147483647", "true", "[1]",
      "{}", "\"\"", "null", "NaN", "Infinity", "0x1", "01", "+1");
  /** Not an ISO-8601 instant in the past. */
  private static final List<String> NOT_AN_INSTANT = List.of("1763663400", "1e308", "-1e308", "\"1763663400\"",
      "\"20261120\"", "\"2026-11-20\"", "\"2026-11-20T18:30:00\"", "\"2026-13-45T99:99:99Z\"", "\"yesterday\"",
      "\"+1000000000-01-01T00:00:00Z\"", "\"-1000000000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
      "\"-999999999-01-01T00:00:00Z\"", "\"2999-01-01T00:00:00Z\"", "\"-0001-01-01T00:00:00Z\"", "true", "[]", "{}",
      "\"\"", "null", "\"2026-11-20T18:30:00+25:00\"");
  /** Characters no person types, as JSON escapes (and a raw control byte, which is not even JSON). */
  private static final List<String> CONTROL = List.of("\\u0000", "\\u0001", "\\u0007", "\\u0008", "\\u000b",
      "\\u000c", "\\u001b", "\\u001f", "\\u007f", "\\u0080", "\\u009f", "\\ud800", "\\udfff", "\\ufffe", "\\uffff",
      "\\ufdd0", "\\ud83f\\udffe", "\u0001", "\u0000");
  private static final List<String> BROKEN_JSON = List.of("", " ", "{", "}", "[", "null", "true", "42", "\"review\"",
      "[{}]", "{\"a\"}", "{\"a\":}", "{,}", "{'platform': 'google'}", "{\"rating\": 01}", "{\"rating\": .5}",
      "{\"text\": \"unterminated}", "{\"text\": \"\\x41\"}", "{\"text\": \"\\u12\"}", "{} {}", "{}garbage",
      "{\"a\":1,}", "\u00ef\u00bb\u00bf{}", "{\"platform\": \"google\"} // comment", "{/* c */}");
  private static final List<String> PLATFORMS = List.of("myspace", "GOOGLE", "Google", "google%00", "google%01",
      "%2e%2e", "..", "goo%2Fgle", "g%C3%B6%C3%B6gle", "yelp", "trustpilot", "x".repeat(300), "%20google", "google%7F");
  private static final List<String> ANSWERS = List.of("ACCEPT_REMEDY", "DECLINE_REMEDY", "SATISFIED",
      "NOT_YET_SATISFIED", "NO_REVIEW_UPDATE");

  private final Random random;
  private final LinkSignatures links;
  private final String webhookSecret;
  private int serial;

  MalformedRequests(long seed, LinkSignatures links, String webhookSecret) {
    this.random = new Random(seed);
    this.links = links;
    this.webhookSecret = webhookSecret;
  }

  // ---------------------------------------------------------------------------------------------
  // POST /api/reviews

  Request intake() {
    return new Request("intake", "POST", "/api/reviews", basic("agent", "application/json"), bytes(malformedReview()));
  }

  /** A review with one to three invalidating changes. */
  private String malformedReview() {
    Map<String, String> review = validReview();
    Set<String> twice = new LinkedHashSet<>();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      Field field = pick(REVIEW_FIELDS);
      switch (random.nextInt(6)) {
        case 0 -> review.put(field.name(), wrongValue(field));
        case 1 -> review.put(field.name(), withControlCharacter(field));
        case 2 -> twice.add(field.name());
        case 3 -> review.put(field.name(), tooLong(field));
        case 4 -> review.remove(pick(REVIEW_FIELDS.stream().filter(Field::required).toList()).name());
        default -> {
          return random.nextBoolean() ? pick(BROKEN_JSON) : truncate(render(review, twice));
        }
      }
    }
    return render(review, twice);
  }

  private Map<String, String> validReview() {
    Map<String, String> review = new LinkedHashMap<>();
    review.put("platform", "\"google\"");
    review.put("platformReviewId", "\"fuzz-" + (++serial) + "-" + Integer.toHexString(random.nextInt()) + "\"");
    review.put("rating", String.valueOf(1 + random.nextInt(3)));
    review.put("text", "\"The cake arrived squashed and two hours late for the party.\"");
    review.put("reviewerName", "\"Nobody On Record\"");
    review.put("reviewerEmail", "\"nobody.on.record@example.test\"");
    review.put("orderReference", "\"HSB-10231\"");
    review.put("reviewUrl", "\"https://maps.example.com/reviews/1\"");
    review.put("publishedAt", "\"" + Instant.now().minus(2, ChronoUnit.HOURS) + "\"");
    return review;
  }

  private String wrongValue(Field field) {
    return switch (field.kind()) {
      case TEXT -> pick(NOT_TEXT);
      case WHOLE_NUMBER -> pick(NOT_A_RATING.stream().filter(value -> !value.equals("null") || field.required()).toList());
      case INSTANT -> pick(NOT_AN_INSTANT);
    };
  }

  private String withControlCharacter(Field field) {
    String text = switch (field.kind()) {
      case TEXT -> field.name().equals("platform") ? "google" : "fuzzed text";
      case WHOLE_NUMBER -> "1";
      case INSTANT -> Instant.now().minus(1, ChronoUnit.DAYS).toString();
    };
    int at = random.nextInt(text.length() + 1);
    return "\"" + text.substring(0, at) + pick(CONTROL) + text.substring(at) + "\"";
  }

  private String tooLong(Field field) {
    if (field.maxLength() == 0) {
      return "\"" + "9".repeat(1001 + random.nextInt(2000)) + "\"";
    }
    String unit = pick(List.of("x", "é", "\\u00e9", "😀", " "));
    int length = field.maxLength() + 1 + random.nextInt(Math.min(field.maxLength(), 5000));
    return "\"" + unit.repeat(length) + "\"";
  }

  /** The fields as a JSON object, each of {@code twice} given two times (also one that was removed). */
  private static String render(Map<String, String> fields, Set<String> twice) {
    List<String> members = new ArrayList<>();
    fields.forEach((name, value) -> members.add("\"" + name + "\":" + value));
    for (String name : twice) {
      String value = fields.getOrDefault(name, "\"again\"");
      members.add("\"" + name + "\":" + value);
      if (!fields.containsKey(name)) {
        members.add("\"" + name + "\":" + value);
      }
    }
    return "{" + String.join(",", members) + "}";
  }

  private String truncate(String json) {
    return json.substring(0, random.nextInt(json.length()));
  }

  // ---------------------------------------------------------------------------------------------
  // POST /api/reviews/{platform}/{id}/platform-events

  Request platformEvent(String platformReviewId) {
    String platform = "google";
    String id = platformReviewId;
    String body;
    switch (random.nextInt(4)) {
      case 0 -> {
        platform = pick(PLATFORMS);
        body = "{\"type\": \"REVIEW_REMOVED\"}";
      }
      case 1 -> {
        id = pick(List.of("%00", "x%01y", "a%7Fb", "%C3%28", "%ED%A0%80", "..%2F..", "x".repeat(2000), "%E2%80%AE",
            "a%20b", "%25", "%F0%9F%98%80"));
        body = "{\"type\": \"REVIEW_UPDATED\"}";
      }
      case 2 -> body = pick(List.of("{\"type\": 0}", "{\"type\": 1}", "{\"type\": true}", "{\"type\": null}",
          "{\"type\": \"review_removed\"}", "{\"type\": \"REVIEW_REMOVED\\u0000\"}", "{\"type\": [\"REVIEW_REMOVED\"]}",
          "{\"type\": {\"name\": \"REVIEW_REMOVED\"}}", "{\"type\": \"REVIEW_REMOVED\", \"type\": \"REVIEW_UPDATED\"}",
          "{\"type\": \"" + "A".repeat(5000) + "\"}", "{}", "{\"kind\": \"REVIEW_REMOVED\"}"));
      default -> body = pick(BROKEN_JSON);
    }
    return new Request("platform events", "POST", "/api/reviews/" + platform + "/" + id + "/platform-events",
        basic("feed", "application/json"), bytes(body));
  }

  // ---------------------------------------------------------------------------------------------
  // POST /api/platform-webhooks/{platform}

  Request webhook() {
    String body = malformedEvent();
    byte[] bytes = bytes(body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    String family;
    String platform = "google";
    if (random.nextInt(10) < 7) {
      family = "webhooks, signed";
      String timestamp = random.nextInt(4) == 0 ? pick(List.of("9223372036854775807", "-9223372036854775807",
          "-9223372036854775808", "9223372036854775808", "31556889864403200", "-31557014167219201", "0", "1e9",
          " 1 ", "+1763663400", "", "0x10", "17636634000000000000"))
          : String.valueOf(Instant.now().getEpochSecond());
      headers.put(WebhookSignature.TIMESTAMP_HEADER, timestamp);
      headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(webhookSecret, timestamp.strip(), bytes));
      if (random.nextInt(8) == 0) {
        platform = pick(PLATFORMS);
      }
    } else {
      family = "webhooks, unsigned or forged";
      switch (random.nextInt(4)) {
        case 0 -> { }
        case 1 -> {
          headers.put(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(Instant.now().getEpochSecond()));
          headers.put(WebhookSignature.SIGNATURE_HEADER, pick(List.of("", "sha256=", "sha256=00", "md5=abc",
              "sha256=" + "g".repeat(64), "sha256=" + "0".repeat(64), "x".repeat(3000))));
        }
        case 2 -> {
          String timestamp = String.valueOf(Instant.now().getEpochSecond());
          headers.put(WebhookSignature.TIMESTAMP_HEADER, timestamp);
          headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign("not-the-secret", timestamp, bytes));
        }
        default -> headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(webhookSecret, "", bytes));
      }
    }
    return new Request(family, "POST", "/api/platform-webhooks/" + platform, headers, bytes);
  }

  private String malformedEvent() {
    String eventId = "\"fuzz-evt-" + (++serial) + "\"";
    return switch (random.nextInt(6)) {
      case 0 -> "{\"eventId\": " + eventId + ", \"type\": \"REVIEW_CREATED\", \"review\": " + malformedReview() + "}";
      case 1 -> "{\"eventId\": " + pick(List.of("1", "true", "null", "\"\"", "\"a b\"", "\"x\\u0000\"",
          "\"" + "e".repeat(201) + "\"", "[]", "{}")) + ", \"type\": \"REVIEW_REMOVED\", \"platformReviewId\": \"r-1\"}";
      case 2 -> "{\"eventId\": " + eventId + ", \"type\": " + pick(List.of("0", "\"REVIEW_LIKED\"", "null", "true",
          "\"review_created\"", "[]")) + ", \"platformReviewId\": \"r-1\"}";
      case 3 -> "{\"eventId\": " + eventId + ", \"type\": \"" + pick(List.of("REVIEW_UPDATED", "REVIEW_REMOVED"))
          + "\", \"platformReviewId\": " + pick(List.of("1", "true", "\"\"", "\"a/b\"", "\"x\\u0000\"",
          "\"" + "r".repeat(151) + "\"", "[]", "{}", "null")) + "}";
      case 4 -> "{\"eventId\": " + eventId + ", \"eventId\": " + eventId + ", \"type\": \"REVIEW_REMOVED\", "
          + "\"platformReviewId\": \"r-1\"}";
      default -> random.nextBoolean() ? pick(BROKEN_JSON)
          : "{\"eventId\": " + eventId + ", \"type\": \"REVIEW_CREATED\", \"review\": " + pick(BROKEN_JSON.subList(1, 12)) + "}";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // GET and POST /respond/{token}

  Request responseLink() {
    String token;
    String family;
    if (random.nextInt(3) < 2) {
      family = "response links, validly signed";
      token = links.token(malformedLinkPayload());
    } else {
      family = "response links, forged";
      token = pick(List.<Supplier<String>>of(
          () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(1 + random.nextInt(80))),
          () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(40)) + "."
              + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32)),
          () -> links.token("google:r-1|ACCEPT_REMEDY|1|" + (Instant.now().getEpochSecond() + 3600)) + "x",
          () -> ".", () -> "..", () -> "a.b.c", () -> "%00.%00", () -> "!!!.@@@", () -> "x".repeat(4000),
          () -> "YQ.%E2%80%AE", () -> "=.=", () -> "AAAA====.AAAA")).get();
    }
    return new Request(family, random.nextBoolean() ? "GET" : "POST", "/respond/" + token, Map.of(), null);
  }

  /** A payload in none of the shapes {@code ResponseLinks} writes: business key|answer|sequence|expiry. */
  private String malformedLinkPayload() {
    String businessKey = "google:fuzz-" + (++serial);
    String answer = pick(ANSWERS);
    String sequence = String.valueOf(1 + random.nextInt(3));
    String expiry = String.valueOf(Instant.now().plus(1, ChronoUnit.DAYS).getEpochSecond());
    switch (random.nextInt(6)) {
      case 0 -> answer = pick(List.of("", "accept_remedy", "SEND_MONEY", "ACCEPT_REMEDY\u0000", "1", "null"));
      case 1 -> sequence = pick(List.of("", "one", "1.5", "-1", "99999999999", "2147483648", "0x1", "١", "+1", " 1"));
      case 2 -> expiry = pick(List.of("", "soon", "9223372036854775807", "-9223372036854775808",
          "99999999999999999999", "31556889864403200", "-31557014167219201", "1e10", "0", "-1"));
      case 3 -> businessKey = pick(List.of("", "google:x\u0000", "\u0000", "google:\u0001", "google:\ud800",
          "x".repeat(5000), "google:r-1|extra", "'; drop table review_case; --"));
      case 4 -> {
        return pick(List.of("", "|", "|||", "||||", "google:r-1|ACCEPT_REMEDY|1", "unsubscribe|12",
            new String(randomBytes(30), StandardCharsets.ISO_8859_1)));
      }
      default -> {
        return String.join("|", businessKey, answer, sequence, expiry, "extra");
      }
    }
    return String.join("|", businessKey, answer, sequence, expiry);
  }

  // ---------------------------------------------------------------------------------------------
  // POST /engine-rest/task/{id}/complete and /submit-form

  /**
   * A completion of an open task, as the user whose team it is, that must be refused: each carries
   * at least one field the form does not have, a value of the wrong type for a field, a control
   * character in a text, or a variable the REST API cannot read.
   */
  Request taskCompletion(String taskId, String user, Map<String, String> formFields) {
    Map<String, String> variables = new LinkedHashMap<>();
    formFields.forEach((name, kind) -> {
      if (random.nextBoolean()) {
        variables.put(name, plausibleVariable(kind));
      }
    });
    List<String> names = new ArrayList<>(formFields.keySet());
    String name = pick(names);
    String kind = formFields.get(name);
    switch (random.nextInt(5)) {
      case 0 -> variables.put(pick(List.of("platform", "reviewRating", "proposalCount", "customerId", "reviewText",
          "noSuchField", "caseHistory", "", "x\u0000")), plausibleVariable("TEXT"));
      case 1 -> variables.put(name, wrongTypedVariable(kind));
      case 2 -> variables.put(name, "{\"value\": \"" + pick(List.of("a", "")) + pick(CONTROL) + "b\", \"type\": \"String\"}");
      case 3 -> variables.put(name, pick(List.of(
          "{\"value\": \"rO0ABXQABWhlbGxv\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", "
              + "\"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
          "{\"value\": \"[]\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\", "
              + "\"serializationDataFormat\": \"application/json\"}}",
          "{\"value\": \"x\", \"type\": \"NoSuchType\"}", "{\"value\": 5, \"type\": \"Json\"}",
          "{\"value\": \"not base64!\", \"type\": \"Bytes\"}", "{\"value\": \"x\", \"type\": \"File\"}",
          "{\"value\": \"yesterday\", \"type\": \"Date\"}", "{\"value\": \"abc\", \"type\": \"Integer\"}",
          "{\"value\": 1e400, \"type\": \"Double\"}", "{\"value\": 99999999999, \"type\": \"Integer\"}",
          "{\"value\": true, \"type\": \"Short\"}", "{\"type\": \"String\", \"valueInfo\": 5}", "5", "\"x\"", "null",
          "[]", "{\"value\": {\"a\": 1}}", "{\"value\": [1, 2]}")));
      default -> {
        String json = "{\"variables\": " + renderVariables(variables) + "}";
        return completion(taskId, user, random.nextBoolean() ? pick(BROKEN_JSON) : truncate(json));
      }
    }
    return completion(taskId, user, "{\"variables\": " + renderVariables(variables) + "}");
  }

  private Request completion(String taskId, String user, String body) {
    String endpoint = random.nextBoolean() ? "complete" : "submit-form";
    return new Request("task completion, " + endpoint, "POST", "/engine-rest/task/" + taskId + "/" + endpoint,
        basic(user, "application/json"), bytes(body));
  }

  /** A value as the form would submit it. */
  private String plausibleVariable(String kind) {
    return switch (kind) {
      case "YES_NO" -> "{\"value\": " + pick(List.of("true", "false", "\"true\"", "\"false\"")) + "}";
      case "NUMBER" -> "{\"value\": 25.5, \"type\": \"Double\"}";
      case "JSON_LIST" -> "{\"value\": \"[\\\"SPAM\\\"]\", \"type\": \"Json\"}";
      default -> "{\"value\": \"" + pick(List.of("EMAIL", "REFUND", "2099-12-01", "Some words a person wrote.")) + "\"}";
    };
  }

  private String wrongTypedVariable(String kind) {
    List<String> wrong = switch (kind) {
      case "YES_NO" -> List.of("{\"value\": 1, \"type\": \"Integer\"}", "{\"value\": \"[]\", \"type\": \"Json\"}",
          "{\"value\": 1.5}", "{\"value\": [true]}");
      case "NUMBER" -> List.of("{\"value\": \"25\"}", "{\"value\": true}", "{\"value\": \"25\", \"type\": \"String\"}",
          "{\"value\": \"[25]\", \"type\": \"Json\"}");
      case "JSON_LIST" -> List.of("{\"value\": \"[\\\"SPAM\\\"]\", \"type\": \"String\"}", "{\"value\": \"[\\\"SPAM\\\"]\"}",
          "{\"value\": [\"SPAM\"]}", "{\"value\": true}", "{\"value\": 3, \"type\": \"Long\"}");
      default -> List.of("{\"value\": 42, \"type\": \"Long\"}", "{\"value\": true}", "{\"value\": 1.5}",
          "{\"value\": \"2026-12-01T10:00:00.000+0000\", \"type\": \"Date\"}", "{\"value\": \"{}\", \"type\": \"Json\"}",
          "{\"value\": [\"EMAIL\"]}", "{\"value\": {\"a\": \"b\"}}");
    };
    return pick(wrong);
  }

  private static String renderVariables(Map<String, String> variables) {
    StringBuilder json = new StringBuilder("{");
    variables.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"')
        .append(name.replace("\u0000", "\\u0000")).append("\":").append(value));
    return json.append('}').toString();
  }

  // ---------------------------------------------------------------------------------------------

  private static Map<String, String> basic(String user, String contentType) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)),
        "Content-Type", contentType);
  }

  private byte[] bytes(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(40) == 0 && bytes.length > 2) {
      // Bytes that are not UTF-8 at all.
      bytes[random.nextInt(bytes.length)] = (byte) pick(List.of(0xC3, 0xFF, 0xED, 0x80)).intValue();
    }
    return bytes;
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
