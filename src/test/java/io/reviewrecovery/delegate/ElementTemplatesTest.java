package io.reviewrecovery.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.ReviewRecoveryTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Camunda Modeler element templates in {@code processes/.camunda/element-templates/}, from which a
 * process owner picks "Send private outreach" instead of typing {@code ${…}}: each is complete
 * enough for Modeler to load it, each names a bean of the application, every Java step of the
 * process applies one, and what each element holds is what its template sets. Task listeners are
 * the exception Modeler imposes: Camunda 7 templates cannot set them (camunda/camunda-modeler#752),
 * so they are checked against the beans only.
 */
@ReviewRecoveryTest
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
  static final Path PROCESS = Path.of("processes/NegativeReviewRecovery.bpmn");
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** The binding types Camunda 7 templates have, with what each must say besides its type. */
  static final Map<String, List<String>> BINDINGS = Map.of(
      "property", List.of("name"),
      "camunda:property", List.of("name"),
      "camunda:inputParameter", List.of("name"),
      "camunda:outputParameter", List.of("source"),
      "camunda:executionListener", List.of("event", "implementationType"),
      "camunda:field", List.of("name"));
  /** Names in expressions that the engine provides, not the application. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult");
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  /** A name at the head of a call or property access: {@code bean} in {@code bean.method(…)}, not {@code method} in {@code x.method}. */
  static final Pattern CALLED = Pattern.compile("(?<![\\w.'])([a-zA-Z_]\\w*)\\.(?=[a-zA-Z_])");
  static final Pattern WHOLE = Pattern.compile("\\s*([a-zA-Z_]\\w*)\\s*");

  @Autowired ApplicationContext context;

  Map<String, JsonNode> templates;
  BpmnModelInstance process;

  @BeforeEach
  void readTemplatesAndProcess() throws IOException {
    templates = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(name -> name.toString().endsWith(".json")).toList()) {
        JsonNode content = json.readTree(file.toFile());
        for (JsonNode template : content.isArray() ? content : List.of(content)) {
          String key = template.path("id").asText() + "@" + template.path("version").asText();
          assertThat(templates.put(key, template)).as("template %s defined twice", key).isNull();
        }
      }
    }
    process = Bpmn.readModelFromFile(PROCESS.toFile());
  }

  @Test
  void everyTemplateHasWhatModelerNeeds() {
    assertThat(templates).isNotEmpty();
    templates.forEach((key, template) -> {
      assertThat(template.path("$schema").asText()).as(key).startsWith("https://unpkg.com/@camunda/element-templates-json-schema");
      assertThat(template.path("id").asText()).as(key).startsWith("io.reviewrecovery.");
      assertThat(template.path("name").asText()).as(key).isNotBlank();
      assertThat(template.path("description").asText()).as(key).isNotBlank();
      assertThat(template.path("version").isInt()).as("%s has a version", key).isTrue();
      assertThat(template.path("appliesTo")).as(key).isNotEmpty()
          .allSatisfy(type -> assertThat(type.asText()).startsWith("bpmn:"));
      assertThat(template.path("properties")).as(key).isNotEmpty().allSatisfy(property -> {
        JsonNode binding = property.path("binding");
        assertThat(BINDINGS).as("%s: binding type", key).containsKey(binding.path("type").asText());
        BINDINGS.get(binding.path("type").asText()).forEach(required ->
            assertThat(binding.path(required).asText()).as("%s: %s of %s", key, required, binding).isNotBlank());
        if (binding.path("type").asText().equals("camunda:executionListener")) {
          assertThat(property.path("type").asText()).as("%s: a listener can only be Hidden", key).isEqualTo("Hidden");
        }
        assertThat(property.path("value").asText()).as("%s: value of %s", key, binding).isNotBlank();
      });
    });
  }

  @Test
  void everyBeanATemplateNamesIsOneOfTheApplication() {
    templates.forEach((key, template) -> template.path("properties").forEach(property -> {
      for (String expression : List.of(property.path("value").asText(), property.path("binding").path("source").asText())) {
        beansIn(expression, true).forEach(bean -> assertThat(context.containsBean(bean))
            .as("%s names the bean %s", key, bean).isTrue());
      }
      JsonNode binding = property.path("binding");
      String bound = binding.path("name").asText(binding.path("implementationType").asText());
      if (bound.endsWith("delegateExpression")) {
        Class<?> kind = binding.path("type").asText().equals("camunda:executionListener") ? ExecutionListener.class : JavaDelegate.class;
        assertThat(context.getBean(beansIn(property.path("value").asText(), true).get(0))).as(key).isInstanceOf(kind);
      }
    }));
  }

  @Test
  void everyJavaStepOfTheProcessAppliesATemplate_andHoldsWhatItSets() {
    List<BaseElement> javaSteps = new ArrayList<>();
    for (BaseElement element : process.getModelElementsByType(BaseElement.class)) {
      boolean callsJava = Stream.of("delegateExpression", "class", "expression")
          .anyMatch(attribute -> element.getAttributeValueNs(CAMUNDA, attribute) != null);
      if (callsJava || !executionListeners(element).isEmpty() || !inputOutput(element).isEmpty()) {
        javaSteps.add(element);
      }
    }
    assertThat(javaSteps).hasSizeGreaterThanOrEqualTo(8);
    for (BaseElement element : javaSteps) {
      String key = element.getAttributeValueNs(CAMUNDA, "modelerTemplate") + "@"
          + element.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion");
      assertThat(templates).as("%s applies a template", element.getId()).containsKey(key);
      JsonNode template = templates.get(key);
      String type = element.getElementType().getTypeName();
      String bpmnType = "bpmn:" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
      assertThat(template.path("elementType").path("value").asText(template.path("appliesTo").path(0).asText()))
          .as("%s fits %s", key, element.getId()).isEqualTo(bpmnType);
      template.path("properties").forEach(property -> assertThat(heldBy(element, property.path("binding")))
          .as("%s: %s from %s", element.getId(), property.path("binding"), key).contains(property.path("value").asText()));
    }
  }

  /** Camunda 7 templates cannot set task listeners: those the process uses must at least be beans that listen to tasks. */
  @Test
  void everyTaskListenerOfTheProcessIsATaskListenerBean() {
    Set<String> listeners = new TreeSet<>();
    process.getModelElementsByType(CamundaTaskListener.class).forEach(listener -> {
      assertThat(listener.getCamundaDelegateExpression()).as("task listeners are wired by bean name").isNotNull();
      listeners.add(beansIn(listener.getCamundaDelegateExpression(), true).get(0));
    });
    assertThat(listeners).isNotEmpty().allSatisfy(bean -> assertThat(context.getBean(bean)).isInstanceOf(TaskListener.class));
  }

  /** A due date, timer, condition or mapping that calls a bean calls one of the application. */
  @Test
  void everyBeanAnExpressionOfTheProcessNamesIsOneOfTheApplication() throws IOException {
    Set<String> beans = new TreeSet<>(beansIn(Files.readString(PROCESS), false));
    assertThat(beans).contains("processSettings", "responseTargets", "channelSuggestionInputs", "complianceSettings")
        .allSatisfy(bean -> assertThat(context.containsBean(bean)).as(bean).isTrue());
  }

  /** What the element holds where the binding puts its value: an attribute, a listener, an input or output. */
  private static List<String> heldBy(BaseElement element, JsonNode binding) {
    String name = binding.path("name").asText();
    return switch (binding.path("type").asText()) {
      case "property" -> {
        String value = name.startsWith("camunda:") ? element.getAttributeValueNs(CAMUNDA, name.substring(8))
            : element.getAttributeValue(name);
        yield value == null ? List.of() : List.of(value);
      }
      case "camunda:executionListener" -> executionListeners(element).stream()
          .filter(listener -> binding.path("event").asText().equals(listener.getCamundaEvent()))
          .map(listener -> listener.getAttributeValue(binding.path("implementationType").asText()))
          .toList();
      case "camunda:inputParameter" -> inputOutput(element).stream()
          .flatMap(io -> io.getCamundaInputParameters().stream())
          .filter(input -> input.getCamundaName().equals(name)).map(CamundaInputParameter::getTextContent).toList();
      // Modeler sets the output's name from the value, its expression from the binding's source.
      case "camunda:outputParameter" -> inputOutput(element).stream()
          .flatMap(io -> io.getCamundaOutputParameters().stream())
          .filter(output -> output.getTextContent().equals(binding.path("source").asText()))
          .map(CamundaOutputParameter::getCamundaName).toList();
      default -> throw new AssertionError("No check for the binding " + binding);
    };
  }

  private static Collection<CamundaExecutionListener> executionListeners(BaseElement element) {
    return extensions(element, CamundaExecutionListener.class);
  }

  private static Collection<CamundaInputOutput> inputOutput(BaseElement element) {
    return extensions(element, CamundaInputOutput.class);
  }

  private static <T extends ModelElementInstance> Collection<T> extensions(BaseElement element, Class<T> type) {
    ExtensionElements extensions = element.getExtensionElements();
    return extensions == null ? List.of() : extensions.getElementsQuery().filterByType(type).list();
  }

  /**
   * The beans the expressions in this text call, as in {@code ${bean.method(…)}}, not the engine's
   * own names; with {@code wholeNames} also a name that is a whole expression, {@code ${bean}}, as a
   * delegate expression's is (in a condition, {@code ${termsViolated}} is a variable).
   */
  private static List<String> beansIn(String text, boolean wholeNames) {
    List<String> beans = new ArrayList<>();
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher whole = WHOLE.matcher(expression.group(1));
      if (wholeNames && whole.matches()) {
        beans.add(whole.group(1));
      }
      Matcher called = CALLED.matcher(expression.group(1));
      while (called.find()) {
        beans.add(called.group(1));
      }
    }
    beans.removeAll(ENGINE_NAMES);
    return beans;
  }
}
