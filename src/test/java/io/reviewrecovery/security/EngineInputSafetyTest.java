package io.reviewrecovery.security;

import static io.reviewrecovery.security.LocalUserCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the engine refuses to take from a caller, whoever it is: Java-serialized variables
 * (deserializing them can run code). And the H2 console does not exist. Expressions in task
 * queries, which would run code too, are {@link QueryExpressionsTest}'s.
 */
@ReviewRecoveryTest
class EngineInputSafetyTest {

  private final TestRestTemplate http;
  private final RuntimeService runtimeService;
  private final Environment environment;
  private final OpenCases cases;

  @Autowired
  EngineInputSafetyTest(TestRestTemplate http, ApplicationContext application) {
    this.http = http;
    this.runtimeService = application.getBean(RuntimeService.class);
    this.environment = application.getEnvironment();
    this.cases = new OpenCases(application);
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

  private TestRestTemplate as(String user) {
    return LocalUserCalls.as(http, user);
  }
}
