package io.reviewrecovery.security;

import static io.reviewrecovery.security.LocalUserCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the engine refuses to take from a caller, whoever it is: expressions in task queries (they
 * would run server-side code) and Java-serialized variables (deserializing them can run code too).
 * And the H2 console does not exist.
 */
@ReviewRecoveryTest
class EngineInputSafetyTest {

  private static final String EXPRESSION = "${currentUser()}";
  private static final String DEFERRED_EXPRESSION = "#{currentUser()}";

  private final TestRestTemplate http;
  private final FilterService filterService;
  private final RuntimeService runtimeService;
  private final Environment environment;
  private final OpenCases cases;

  @Autowired
  EngineInputSafetyTest(TestRestTemplate http, ApplicationContext application) {
    this.http = http;
    this.filterService = application.getBean(FilterService.class);
    this.runtimeService = application.getBean(RuntimeService.class);
    this.environment = application.getEnvironment();
    this.cases = new OpenCases(application);
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions in task queries

  @Test
  void taskQueriesWithExpressionsInTheirParametersAreRefused() {
    for (String user : List.of("agent", "manager", "admin")) {
      for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
        ResponseEntity<JsonNode> response = as(user).getForEntity(path + "?assigneeExpression={expression}",
            JsonNode.class, EXPRESSION);
        assertRefusedForItsExpression(response, user + " GET " + path);
      }
    }
    assertThat(as("agent").getForEntity("/engine-rest/task?assignee={value}", JsonNode.class, EXPRESSION)
        .getStatusCode()).as("an expression where a value is expected is just a value").isEqualTo(HttpStatus.OK);
  }

  @Test
  void taskQueriesWithExpressionsInTheirBodyAreRefused() {
    for (String expression : List.of(EXPRESSION, DEFERRED_EXPRESSION)) {
      for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
        ResponseEntity<JsonNode> response = as("agent").postForEntity(path,
            json("{\"candidateGroupsExpression\": \"" + expression + "\"}"), JsonNode.class);
        assertRefusedForItsExpression(response, "POST " + path + " with " + expression);
      }
    }
  }

  @Test
  void aTeamsFilterCannotBeExtendedWithAnExpression() {
    String filterId = filterService.createFilterQuery().filterName("Support queue").singleResult().getId();

    ResponseEntity<JsonNode> response = as("agent").postForEntity("/engine-rest/filter/" + filterId + "/list",
        json("{\"assigneeExpression\": \"" + EXPRESSION + "\"}"), JsonNode.class);

    assertRefusedForItsExpression(response, "filter list");
  }

  @Test
  void tasklistsOwnTaskQueriesWithExpressionsAreRefused() {
    LocalUserCalls.WebappLogin login = LocalUserCalls.webappLogin(http, "agent", "tasklist");
    assertThat(login.status()).isEqualTo(HttpStatus.OK);
    HttpHeaders session = login.session();

    ResponseEntity<JsonNode> response = http.exchange("/camunda/api/engine/engine/default/task?assigneeExpression={e}",
        HttpMethod.GET, new HttpEntity<>(session), JsonNode.class, EXPRESSION);

    assertRefusedForItsExpression(response, "Tasklist's task query");
    assertThat(http.exchange("/camunda/api/engine/engine/default/task", HttpMethod.GET, new HttpEntity<>(session),
        JsonNode.class).getStatusCode()).as("the same query without the expression").isEqualTo(HttpStatus.OK);
  }

  // ---------------------------------------------------------------------------------------------
  // Java serialization

  @Test
  void aJavaSerializedVariableIsRefusedAndAJsonOneTaken() {
    String instance = cases.atTermsAssessment();
    String variables = "/engine-rest/process-instance/" + instance + "/variables/";
    // "hello" as a serialized java.lang.String
    String javaSerialized = """
        {"type": "Object", "value": "rO0ABXQABWhlbGxv",
         "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}
        """;

    ResponseEntity<JsonNode> refused = as("admin").exchange(variables + "payload", HttpMethod.PUT, json(javaSerialized),
        JsonNode.class);

    // The engine refuses it; Camunda's REST API answers the engine's refusal with 500.
    assertThat(refused.getStatusCode().isError()).isTrue();
    assertThat(refused.getBody().get("message").asText()).contains("Java serialization format is prohibited");
    assertThat(runtimeService.getVariable(instance, "payload")).isNull();

    String jsonValue = "{\"type\": \"Json\", \"value\": \"{\\\"greeting\\\": \\\"hello\\\"}\"}";
    assertThat(as("admin").exchange(variables + "payload", HttpMethod.PUT, json(jsonValue), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    TypedValue stored = runtimeService.getVariableTyped(instance, "payload");
    assertThat(((SpinJsonNode) stored.getValue()).prop("greeting").stringValue()).isEqualTo("hello");
  }

  // ---------------------------------------------------------------------------------------------
  // H2 console

  @Test
  void theH2ConsoleIsOffAndItsPathIsNotFound() {
    assertThat(environment.getProperty("spring.h2.console.enabled", Boolean.class, false)).isFalse();
    for (String path : List.of("/h2-console", "/h2-console/")) {
      assertThat(as("admin").getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertRefusedForItsExpression(ResponseEntity<JsonNode> response, String what) {
    assertThat(response.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).as(what).contains("Expressions are forbidden");
  }

  private TestRestTemplate as(String user) {
    return LocalUserCalls.as(http, user);
  }
}
