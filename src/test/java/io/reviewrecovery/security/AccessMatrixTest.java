package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_RECORD_CUSTOMER_ANSWER;
import static io.reviewrecovery.process.ReviewVariables.PROPOSAL_COUNT;

import io.reviewrecovery.invitations.InvitationOptOuts;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.platform.PlatformIntegrationTest;
import io.reviewrecovery.platform.webhook.WebhookSignature;
import io.reviewrecovery.responses.ResponseLinks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who reaches what: every endpoint family of the application, called without credentials, with a
 * wrong password and as each local user (the monitoring user and the auditor among them), and the
 * status each caller gets; health and metrics on the management port too. The table is the one in
 * docs/security.md's "Who reaches what". Credentials are either HTTP Basic or a webapp session: agent and
 * manager logged into Tasklist, admin and auditor into Cockpit, and feed and monitoring into the Welcome page, whose login
 * takes every user (a wrong password leaves no session). Response and unsubscribe links carry a
 * signed token, webhooks a signature: these are sent with the callers' HTTP Basic credentials too,
 * which change nothing. Runs with the platforms enabled, so that the webhooks answer.
 */
class AccessMatrixTest extends PlatformIntegrationTest {

  private static final String STRANGER = "stranger";
  private static final String DEPLOYMENT = "access-matrix";

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # Endpoint                                                                | Credentials    | anonymous | wrong password | feed | agent | manager | admin | monitoring | auditor
      POST /api/reviews                                                         | HTTP Basic     | 401 | 401 | 201 | 201 | 201 | 201 | 403 | 403
      POST /api/reviews                                                         | webapp session | 401 | 401 | 401 | 401 | 401 | 401 | 401 | 401
      GET /api/reviews/{platform}/{platformReviewId}                            | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 403
      POST /api/reviews/{platform}/{platformReviewId}/platform-events           | HTTP Basic     | 401 | 401 | 204 | 403 | 204 | 204 | 403 | 403
      GET /api/outcomes                                                         | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 403
      GET /outcomes                                                             | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 403
      GET /outcomes                                                             | webapp session | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 403
      GET /engine-rest/task                                                     | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 200
      GET /engine-rest/task                                                     | webapp session | 401 | 401 | 401 | 401 | 401 | 401 | 401 | 401
      GET /engine-rest/process-instance                                         | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 200
      GET /engine-rest/history/process-instance                                 | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 200
      GET /engine-rest/user                                                     | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 200
      GET /engine-rest/authorization                                            | HTTP Basic     | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 200
      POST /engine-rest/deployment/create                                       | HTTP Basic     | 401 | 401 | 403 | 403 | 403 | 200 | 403 | 403
      POST /engine-rest/process-definition/key/NegativeReviewRecovery/start     | HTTP Basic     | 401 | 401 | 403 | 403 | 403 | 400 | 403 | 403
      GET /camunda/api/engine/engine/default/task                               | webapp session | 401 | 401 | 403 | 200 | 200 | 200 | 403 | 200
      GET /camunda/api/engine/engine/default/task                               | HTTP Basic     | 401 | 401 | 401 | 401 | 401 | 401 | 401 | 401
      GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics | webapp session | 401 | 401 | 403 | 403 | 403 | 200 | 403 | 200
      GET /camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated     | webapp session | 401 | 401 | 403 | 403 | 403 | 200 | 403 | 403
      GET /camunda/api/tasklist/plugin/tasklistPlugins/default/anything         | webapp session | 401 | 401 | 403 | 404 | 404 | 404 | 403 | 403
      GET /camunda/api/admin/auth/user/default                                  | webapp session | 404 | 404 | 200 | 200 | 200 | 200 | 200 | 200
      GET /respond/{token}                                                      | link token     | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200
      GET /respond/{forged token}                                               | link token     | 400 | 400 | 400 | 400 | 400 | 400 | 400 | 400
      GET /unsubscribe/{token}                                                  | link token     | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200
      POST /api/platform-webhooks/google                                        | signature      | 202 | 202 | 202 | 202 | 202 | 202 | 202 | 202
      POST /api/platform-webhooks/google                                        | HTTP Basic     | 401 | 401 | 401 | 401 | 401 | 401 | 401 | 401
      GET /v3/api-docs                                                          | HTTP Basic     | 401 | 401 | 200 | 200 | 200 | 200 | 200 | 200
      GET /actuator/health/liveness                                             | management port | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200
      GET /actuator/prometheus                                                  | management port | 401 | 401 | 403 | 403 | 403 | 200 | 200 | 403
      GET /camunda/api/cockpit/plugin/review-audit/default/access               | webapp session | 401 | 401 | 403 | 403 | 403 | 204 | 403 | 204
      """)
  void eachCallerGetsTheDocumentedAnswer(String endpoint, String credentials, int anonymous, int wrongPassword,
      int feed, int agent, int manager, int admin, int monitoring, int auditor) {
    Map<Caller, Integer> expected = new EnumMap<>(Map.of(Caller.ANONYMOUS, anonymous,
        Caller.WRONG_PASSWORD, wrongPassword, Caller.FEED, feed, Caller.AGENT, agent, Caller.MANAGER, manager,
        Caller.ADMIN, admin, Caller.MONITORING, monitoring, Caller.AUDITOR, auditor));
    Supplier<Call> request = request(endpoint, credentials);

    SoftAssertions cells = new SoftAssertions();
    expected.forEach((caller, status) -> {
      HttpHeaders callerCredentials = credentials.equals("webapp session")
          ? sessions.computeIfAbsent(caller, this::login) : basic(caller);
      cells.assertThat(http.exchange(request.get().with(callerCredentials), String.class).getStatusCode().value())
          .as("%s: %s with %s", caller, endpoint, credentials).isEqualTo(status);
    });
    cells.assertAll();
  }

  // ---------------------------------------------------------------------------------------------

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ResponseLinks responseLinks;
  @Autowired
  InvitationOptOuts optOuts;
  @Autowired
  ApplicationContext application;
  @LocalManagementPort
  int managementPort;

  private final Map<Caller, HttpHeaders> sessions = new EnumMap<>(Caller.class);

  /** The user behind the wrong password: one nobody else uses, since wrong passwords lock a user. */
  @BeforeEach
  void createTheStranger() {
    User stranger = identityService.newUser(STRANGER);
    stranger.setPassword(STRANGER + "-password");
    identityService.saveUser(stranger);
  }

  @AfterEach
  void deleteTheStrangerAndWhatTheAdminDeployed() {
    identityService.deleteUser(STRANGER);
    repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list().stream().map(Deployment::getId)
        .forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  /** The request an endpoint of the table stands for, without the callers' credentials; made anew for each caller. */
  private Supplier<Call> request(String endpoint, String credentials) {
    HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    return switch (endpoint) {
      case "POST /api/reviews" -> () -> Call.json(method, path, review(newReviewId()));
      case "GET /api/reviews/{platform}/{platformReviewId}" -> {
        String caseFile = "/api/reviews/" + openCase().replace(':', '/');
        yield () -> new Call(method, caseFile);
      }
      case "POST /api/reviews/{platform}/{platformReviewId}/platform-events" -> {
        String events = "/api/reviews/" + openCase().replace(':', '/') + "/platform-events";
        yield () -> Call.json(method, events, "{\"type\": \"REVIEW_REMOVED\"}");
      }
      case "POST /engine-rest/deployment/create" -> () -> deployment(path);
      case "POST /engine-rest/process-definition/key/NegativeReviewRecovery/start" -> () -> Call.json(method, path, "{}");
      case "GET /camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated" ->
          () -> new Call(method, path + "?metrics=process-instances&subscriptionStartDate=2026-01-01&groupBy=year");
      case "GET /respond/{token}" -> {
        String link = responseLinks.forMessage(caseWaitingForTheCustomer(), CommunicationKind.OUTREACH, 1).get(0).url();
        yield () -> new Call(method, link.substring(link.indexOf("/respond/")));
      }
      case "GET /respond/{forged token}" -> () -> new Call(method, "/respond/forged-token");
      case "GET /unsubscribe/{token}" -> {
        String link = optOuts.link(1);
        yield () -> new Call(method, link.substring(link.indexOf("/unsubscribe/")));
      }
      case "POST /api/platform-webhooks/google" -> () -> webhook(path, credentials.equals("signature"));
      default -> credentials.equals("management port")
          ? () -> new Call(method, "http://localhost:" + managementPort + path)
          : () -> new Call(method, path);
    };
  }

  private static HttpHeaders basic(Caller caller) {
    HttpHeaders headers = new HttpHeaders();
    caller.credentials().ifPresent(userAndPassword -> headers.setBasicAuth(userAndPassword.get(0), userAndPassword.get(1)));
    return headers;
  }

  /** A webapp session as the caller's login leaves it: none without credentials or with a wrong password. */
  private HttpHeaders login(Caller caller) {
    return caller.credentials()
        .map(userAndPassword -> LocalUserCalls.webappLogin(http, userAndPassword.get(0), userAndPassword.get(1),
            caller.webapp).session())
        .orElseGet(HttpHeaders::new);
  }

  /** A new case, waiting at the assessment of the terms; its business key. */
  private String openCase() {
    String processInstanceId = new OpenCases(application).atTermsAssessment();
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
  }

  /** A registered case waiting for the customer's answer to the first proposal; its business key. */
  private String caseWaitingForTheCustomer() {
    return caseAt(TASK_RECORD_CUSTOMER_ANSWER, "google", newReviewId(), Map.of(PROPOSAL_COUNT.name(), 1)).getBusinessKey();
  }

  /** A webhook event, validly signed or not: a new review the application ignores (four stars), so nothing starts. */
  private static Call webhook(String path, boolean signed) {
    String body = """
        {"eventId": "evt-%s", "type": "REVIEW_CREATED", "review": {"platform": "google", "platformReviewId": "%s",
         "rating": 4, "text": "Lovely bread.", "reviewerName": "Jane Doe", "publishedAt": "%s"}}
        """.formatted(UUID.randomUUID(), newReviewId(), Instant.now().minus(1, ChronoUnit.HOURS));
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    Call call = Call.json(HttpMethod.POST, path, body);
    if (signed) {
      call.headers().set(WebhookSignature.TIMESTAMP_HEADER, timestamp);
      call.headers().set(WebhookSignature.SIGNATURE_HEADER,
          WebhookSignature.sign(GOOGLE_WEBHOOK_SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }
    return call;
  }

  private static Call deployment(String path) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://reviewrecovery.io/test">
          <process id="AccessMatrixProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="StartEvent_Started"/>
          </process>
        </definitions>
        """;
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", DEPLOYMENT);
    parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "AccessMatrixProcess.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new Call(HttpMethod.POST, path, headers, parts);
  }

  private static String review(String platformReviewId) {
    return """
        {"platform": "google", "platformReviewId": "%s", "rating": 2, "text": "Cold coffee.",
         "reviewerName": "Nobody On Record", "publishedAt": "%s"}
        """.formatted(platformReviewId, Instant.now().minus(1, ChronoUnit.HOURS));
  }

  /** A request of the table, to which a caller adds credentials. */
  private record Call(HttpMethod method, String path, HttpHeaders headers, Object body) {

    Call(HttpMethod method, String path) {
      this(method, path, new HttpHeaders(), null);
    }

    static Call json(HttpMethod method, String path, String body) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return new Call(method, path, headers, body);
    }

    RequestEntity<Object> with(HttpHeaders credentials) {
      HttpHeaders all = new HttpHeaders();
      all.addAll(headers);
      all.addAll(credentials);
      return new RequestEntity<>(body, all, method, URI.create(path));
    }
  }

  /** The callers of the table's columns, with the webapp each logs into. */
  enum Caller {
    ANONYMOUS(null, null, null),
    WRONG_PASSWORD(STRANGER, "wrong", "tasklist"),
    FEED("feed", "feed", "welcome"),
    AGENT("agent", "agent", "tasklist"),
    MANAGER("manager", "manager", "tasklist"),
    ADMIN("admin", "admin", "cockpit"),
    MONITORING("monitoring", "monitoring", "welcome"),
    AUDITOR("auditor", "auditor", "cockpit");

    private final String user;
    private final String password;
    private final String webapp;

    Caller(String user, String password, String webapp) {
      this.user = user;
      this.password = password;
      this.webapp = webapp;
    }

    Optional<List<String>> credentials() {
      return Optional.ofNullable(user).map(name -> List.of(name, password));
    }
  }
}
