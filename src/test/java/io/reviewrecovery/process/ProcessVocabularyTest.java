package io.reviewrecovery.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every variable the forms and the diagrams name is declared in {@link ReviewVariables}: each form
 * field key (a form field writes the variable of its key), each variable a FEEL expression of a
 * form reads, and each variable read or written by an expression or a mapping of the BPMN and the
 * DMN. What an expression names that is not a variable (beans, what the engine provides, FEEL and
 * JUEL words) is listed here by name.
 */
class ProcessVocabularyTest {

  /** Names in expressions that are not process variables: the beans the BPMN calls, and what the engine provides. */
  static final Set<String> NOT_VARIABLES = Set.of(
      // beans of the kernel and the wiring that expressions call
      "processSettings", "responseTargets", "complianceSettings", "channelSuggestionInputs",
      "verifyReviewerDelegate", "sendPrivateOutreachDelegate", "askSatisfactionDelegate", "askReviewUpdateDelegate",
      "postPublicReplyDelegate", "postAcknowledgementDelegate", "draftAcknowledgementListener",
      "preScreenReviewListener", "draftPlatformReportListener", "draftPublicReplyListener",
      "newProposalListener", "storeYesNoAnswersListener", "chaseLateCaseListener", "handOverLateWorkListener",
      "startReviewRecheckDelegate",
      // what the engine puts into an expression's context
      "execution", "task", "decisionResult");

  /** Words of JUEL and FEEL that look like names. */
  private static final Set<String> KEYWORDS = Set.of("not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "empty",
      "div", "mod", "instanceof", "true", "false", "null", "if", "then", "else", "in", "some", "every", "satisfies");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern PARAMETER_NAME = Pattern.compile("<camunda:(?:input|output)Parameter\\s+name=\"([^\"]+)\"");
  private static final Pattern VARIABLE_ATTRIBUTE = Pattern.compile("camunda:(?:resultVariable|elementVariable)=\"([^\"]+)\"");
  private static final Pattern DMN_TEXT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>");
  private static final Pattern DMN_OUTPUT_NAME = Pattern.compile("<output\\b[^>]*\\bname=\"([^\"]+)\"");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  /** A function call's name. */
  private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_]\\w*\\s*\\(");
  /** FEEL's built-in functions whose names have several words. */
  private static final Pattern FEEL_FUNCTION_NAME = Pattern.compile("(?:string length|upper case|lower case|starts with"
      + "|ends with|substring before|substring after|string join|list contains|index of|distinct values|day of week"
      + "|day of year|month of year|week of year|date and time|get value|get entries|is defined)\\s*\\(");
  /** A name at the start of a path: not one after a dot (a property or method of what precedes it). */
  private static final Pattern LEADING_NAME = Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*");

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(path -> path.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyFieldOfEveryFormIsAVariableOfTheVocabulary(Path form) throws IOException {
    Set<String> named = formVariables(Files.readString(form));

    assertThat(named).as("what %s names", form).isNotEmpty();
    assertThat(undeclared(named)).as("variables %s names that ReviewVariables does not declare", form).isEmpty();
  }

  @Test
  void everyVariableOfTheProcessIsInTheVocabulary() throws IOException {
    Set<String> named = bpmnVariables(Files.readString(Path.of("processes/NegativeReviewRecovery.bpmn")));

    assertThat(named).as("found in expressions, conditions and mappings")
        .contains("platform", "proposalCount", "outreachChannel", "remedyAccepted", "suggestedChannel", "emailOnRecord");
    assertThat(undeclared(named)).as("variables the BPMN names that ReviewVariables does not declare").isEmpty();
  }

  @Test
  void everyVariableOfTheDecisionIsInTheVocabulary() throws IOException {
    Set<String> named = dmnVariables(Files.readString(Path.of("processes/SuggestOutreachChannel.dmn")));

    assertThat(named).as("found in input expressions and outputs")
        .contains("customerHighValue", "reviewText", "platformMessagesAvailable", "suggestedChannel");
    assertThat(undeclared(named)).as("variables the DMN names that ReviewVariables does not declare").isEmpty();
  }

  @Test
  void anUndeclaredVariableInACopyOfAFormOrADiagramIsFound() throws IOException {
    String form = Files.readString(Path.of("forms/prepare-outreach.form"))
        .replace("\"key\": \"remedyDetails\"", "\"key\": \"goodwillVoucher\"");
    String bpmn = Files.readString(Path.of("processes/NegativeReviewRecovery.bpmn"))
        .replace("${not remedyAccepted}", "${not remedyAccepted and not callbackRequested}")
        .replace("<camunda:inputParameter name=\"emailOnRecord\">", "<camunda:inputParameter name=\"emailOnFile\">")
        .replace("camunda:decisionRef=", "camunda:resultVariable=\"channelDecision\" camunda:decisionRef=");
    String dmn = Files.readString(Path.of("processes/SuggestOutreachChannel.dmn"))
        .replace("<text>customerHighValue</text>", "<text>loyaltyTier = \"GOLD\"</text>");

    assertThat(undeclared(formVariables(form))).containsExactly("goodwillVoucher");
    assertThat(undeclared(bpmnVariables(bpmn))).containsExactlyInAnyOrder("callbackRequested", "emailOnFile", "channelDecision");
    assertThat(undeclared(dmnVariables(dmn))).containsExactly("loyaltyTier");
  }

  /** The names ReviewVariables declares. */
  static Set<String> declared() {
    Set<String> names = new TreeSet<>();
    for (Field field : ReviewVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
        try {
          names.add(((ProcessVariable<?>) field.get(null)).name());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }

  static Set<String> undeclared(Set<String> named) {
    Set<String> undeclared = new TreeSet<>(named);
    undeclared.removeAll(declared());
    undeclared.removeAll(NOT_VARIABLES);
    return undeclared;
  }

  /** The keys of a form's fields, and the variables its FEEL expressions (those starting with "=") read. */
  static Set<String> formVariables(String form) throws IOException {
    Set<String> names = new TreeSet<>();
    collect(JSON.readTree(form), names);
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        if (field.getKey().equals("key") && value.isTextual()) {
          names.add(value.asText());
        } else if (value.isTextual() && value.asText().startsWith("=")) {
          names.addAll(expressionVariables(feel(value.asText().substring(1))));
        } else {
          collect(value, names);
        }
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, names));
    }
  }

  /** The variables of every {@code ${…}}/{@code #{…}} expression, input/output mapping and result variable. */
  static Set<String> bpmnVariables(String bpmn) {
    Set<String> names = new TreeSet<>();
    all(EXPRESSION, bpmn).forEach(expression -> names.addAll(expressionVariables(expression)));
    names.addAll(all(PARAMETER_NAME, bpmn));
    names.addAll(all(VARIABLE_ATTRIBUTE, bpmn));
    return names;
  }

  /** The variables the input expressions read and the names of the outputs. */
  static Set<String> dmnVariables(String dmn) {
    Set<String> names = new TreeSet<>();
    all(DMN_TEXT, dmn).forEach(expression -> names.addAll(expressionVariables(feel(expression))));
    names.addAll(all(DMN_OUTPUT_NAME, dmn));
    return names;
  }

  /** The names an expression starts a path with, without literals, function names and keywords. */
  static Set<String> expressionVariables(String expression) {
    String names = FUNCTION_NAME.matcher(STRING_LITERAL.matcher(expression).replaceAll(" ")).replaceAll(" (");
    Set<String> found = new TreeSet<>(all(LEADING_NAME, names));
    found.removeAll(KEYWORDS);
    return found;
  }

  /** A FEEL expression with its multi-word function names cut to one word, which {@link #expressionVariables} drops. */
  private static String feel(String expression) {
    return FEEL_FUNCTION_NAME.matcher(expression).replaceAll("f(");
  }

  private static Set<String> all(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(unescape(matcher.group(matcher.groupCount() == 0 ? 0 : 1)).strip());
    }
    return found;
  }

  private static String unescape(String xml) {
    return Arrays.stream(new String[][] {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
        .reduce(xml, (text, entity) -> text.replace(entity[0], entity[1]), (a, b) -> b);
  }
}
