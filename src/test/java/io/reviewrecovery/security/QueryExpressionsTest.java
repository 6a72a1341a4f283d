package io.reviewrecovery.security;

import static io.reviewrecovery.security.LocalUserCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reviewrecovery.ReviewRecoveryTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * No caller gets an expression evaluated through a task query: not at its top level, not inside
 * an {@code orQueries} entry, not in a query extending a stored filter; over the engine REST API
 * and over the webapps' own API that Tasklist uses; for each local user. Every field of the task
 * query that takes an expression is tried (the list is read from Camunda's own query DTO, so a
 * field the API gains is tried too). The expression calls a bean that counts its calls: a count
 * above zero would mean it ran on the server.
 */
@ReviewRecoveryTest
@Import(QueryExpressionsTest.SideEffectBean.class)
class QueryExpressionsTest {

  /** Runs server-side code when evaluated, visibly. */
  private static final String EXPRESSION = "${expressionSideEffect.record()}";
  private static final List<String> USERS = List.of("admin", "agent", "manager", "feed");
  private static final List<String> TASKLIST_USERS = List.of("admin", "agent", "manager");
  /** One login per user for the whole class: the sessions outlive each test. */
  private static final Map<String, WebappSession> SESSIONS = new ConcurrentHashMap<>();

  private final TestRestTemplate http;
  private final SideEffect sideEffect;
  private final FilterService filterService;
  private final AuthorizationService authorizationService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  @Autowired
  QueryExpressionsTest(TestRestTemplate http, SideEffect sideEffect, FilterService filterService,
      AuthorizationService authorizationService, ProcessEngineConfiguration engineConfiguration) {
    this.http = http;
    this.sideEffect = sideEffect;
    this.filterService = filterService;
    this.authorizationService = authorizationService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
  }

  @BeforeEach
  void noCallsYet() {
    sideEffect.calls.set(0);
  }

  /** Every field of the task query that takes an expression, as the REST API names it. */
  static Stream<String> expressionFields() {
    return Arrays.stream(TaskQueryDto.class.getMethods())
        .map(method -> method.getName())
        .filter(name -> name.startsWith("set") && name.endsWith("Expression"))
        .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4))
        .distinct()
        .sorted();
  }

  @Test
  void everyExpressionFieldOfTheTaskQueryIsTried() {
    assertThat(expressionFields()).contains("assigneeExpression", "candidateGroupsExpression",
        "dueBeforeExpression", "processInstanceBusinessKeyExpression").hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theSideEffectIsVisibleWhenTheEngineEvaluatesTheExpression() {
    engineConfiguration.getCommandExecutorTxRequired().execute(context ->
        engineConfiguration.getExpressionManager().createExpression(EXPRESSION).getValue(null));

    assertThat(sideEffect.calls).as("the refusals below would be meaningless if it could not run").hasValue(1);
  }

  @ParameterizedTest(name = "{0} at the top level")
  @MethodSource("expressionFields")
  void anExpressionAtTheTopLevelIsRefusedEverywhere(String field) {
    String body = "{\"" + field + "\": \"" + EXPRESSION + "\"}";
    SoftAssertions refusals = new SoftAssertions();

    for (String user : USERS) {
      for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
        assertRefused(refusals, as(user).getForEntity(path + "?" + field + "={e}", JsonNode.class, EXPRESSION),
            user + " GET " + path);
      }
    }
    assertRefusedInEveryBody(refusals, body);

    refusals.assertAll();
  }

  @ParameterizedTest(name = "{0} inside orQueries")
  @MethodSource("expressionFields")
  void anExpressionInsideAnOrQueryIsRefusedEverywhere(String field) {
    String body = "{\"orQueries\": [{\"" + field + "\": \"" + EXPRESSION + "\"}]}";
    SoftAssertions refusals = new SoftAssertions();

    assertRefusedInEveryBody(refusals, body);

    refusals.assertAll();
  }

  @Test
  void theRefusalNamesTheFieldAndTheOrQuery() {
    ResponseEntity<JsonNode> response = as("agent").postForEntity("/engine-rest/task",
        json("{\"orQueries\": [{\"assignee\": \"agent\"}, {\"candidateGroupsExpression\": \"" + EXPRESSION + "\"}]}"),
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains("orQueries[1].candidateGroupsExpression");
    assertThat(sideEffect.calls).hasValue(0);
  }

  @Test
  void theSameQueriesWithoutExpressionsAnswer() {
    assertThat(as("agent").postForEntity("/engine-rest/task",
        json("{\"orQueries\": [{\"assignee\": \"agent\"}, {\"candidateGroups\": [\"support\"]}]}"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("agent").postForEntity("/engine-rest/filter/" + filterId("My reviews") + "/list", json("{}"),
        JsonNode.class).getStatusCode()).as("a team filter's own expressions, stored by the admin").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aFilterWithAnExpressionCanBeSavedByAnAdminOnly() {
    String filter = """
        {"resourceType": "Task", "name": "Mine, by expression", "owner": "agent",
         "query": {"orQueries": [{"assigneeExpression": "%s"}]}}""".formatted(EXPRESSION);
    Authorization createFilters = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    createFilters.setUserId("agent");
    createFilters.setResource(Resources.FILTER);
    createFilters.setResourceId(Authorization.ANY);
    createFilters.addPermission(Permissions.CREATE);
    authorizationService.saveAuthorization(createFilters);
    try {
      ResponseEntity<JsonNode> refused = as("agent").postForEntity("/engine-rest/filter/create", json(filter), JsonNode.class);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("message").asText()).contains("orQueries[0].assigneeExpression");
      assertThat(filterService.createFilterQuery().filterName("Mine, by expression").count()).isZero();
    } finally {
      authorizationService.deleteAuthorization(createFilters.getId());
    }
    ResponseEntity<JsonNode> saved = as("admin").postForEntity("/engine-rest/filter/create", json(filter), JsonNode.class);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    filterService.deleteFilter(saved.getBody().get("id").asText());
  }

  /** The body as a task query, as an or-query and as a filter's extending query, over both APIs. */
  private void assertRefusedInEveryBody(SoftAssertions refusals, String body) {
    for (String user : USERS) {
      for (String path : bodyPaths(user, "/engine-rest")) {
        assertRefused(refusals, as(user).postForEntity(path, json(body), JsonNode.class), user + " POST " + path);
      }
    }
    for (String user : TASKLIST_USERS) {
      WebappSession session = SESSIONS.computeIfAbsent(user, name -> WebappSession.of(http, name));
      for (String path : bodyPaths(user, "/camunda/api/engine/engine/default")) {
        assertRefused(refusals, http.exchange(path, HttpMethod.POST, session.json(body), JsonNode.class),
            user + " in Tasklist POST " + path);
      }
    }
  }

  private List<String> bodyPaths(String user, String api) {
    String filter = filterId(user.equals("manager") ? "Reputation queue" : "Support queue");
    return List.of(api + "/task", api + "/task/count", api + "/filter/" + filter + "/list",
        api + "/filter/" + filter + "/count");
  }

  /** 400 naming the expression, or 403 for a caller that may not use that API at all; never run. */
  private void assertRefused(SoftAssertions refusals, ResponseEntity<JsonNode> response, String what) {
    int calls = sideEffect.calls.get();
    refusals.assertThat(calls).as(what + ": the expression ran").isZero();
    refusals.assertThat(response.getStatusCode().value()).as(what).isIn(400, 403);
    if (response.getStatusCode() == HttpStatus.BAD_REQUEST) {
      refusals.assertThat(response.getBody().path("message").asText()).as(what).contains("Expressions are forbidden");
    }
  }

  private String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  private TestRestTemplate as(String user) {
    return LocalUserCalls.as(http, user);
  }

  /** A login to Tasklist, with the CSRF token the webapps' API wants on every change. */
  private record WebappSession(HttpHeaders headers) {

    static WebappSession of(TestRestTemplate http, String user) {
      LocalUserCalls.WebappLogin login = LocalUserCalls.webappLogin(http, user, "tasklist");
      assertThat(login.status()).as(user + " logs into Tasklist").isEqualTo(HttpStatus.OK);
      ResponseEntity<String> fetch = http.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
          new HttpEntity<>(login.session()), String.class);
      HttpHeaders headers = new HttpHeaders();
      headers.putAll(login.session());
      List<String> cookies = new ArrayList<>(login.session().getOrEmpty(HttpHeaders.COOKIE));
      fetch.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
          .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
          .forEach(cookies::add);
      headers.put(HttpHeaders.COOKIE, cookies);
      headers.set("X-XSRF-TOKEN", fetch.getHeaders().getFirst("X-XSRF-TOKEN"));
      headers.setContentType(MediaType.APPLICATION_JSON);
      return new WebappSession(headers);
    }

    HttpEntity<String> json(String body) {
      return new HttpEntity<>(body, headers);
    }
  }

  /** Counts its calls; the expression under test calls it. */
  public static class SideEffect {
    final AtomicInteger calls = new AtomicInteger();


    public String record() {
      calls.incrementAndGet();
      return "agent";
    }
  }

  @TestConfiguration
  static class SideEffectBean {
    @Bean
    SideEffect expressionSideEffect() {
      return new SideEffect();
    }
  }
}
