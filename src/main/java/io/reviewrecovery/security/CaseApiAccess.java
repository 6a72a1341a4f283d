package io.reviewrecovery.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the case API ({@code /api/reviews}) and the outcomes ({@code /api/outcomes} and the
 * page {@code /outcomes}): the caller authenticates as a Camunda user (401 otherwise) and must be in
 * one of the {@link AllowedGroups} of the endpoint (403 otherwise). The API's description
 * ({@code /v3/api-docs}, Swagger UI) is for every user who logs in. Both answers are
 * {@code application/problem+json}. A caller authenticates with HTTP Basic (wrong passwords count
 * towards the engine's login lockout) or, to read ({@code GET}), with the session of a login to
 * Camunda's webapps, so that someone working in Tasklist can open the outcomes page. Changes need
 * HTTP Basic: a browser sends a session cookie along with requests that other sites make it send.
 *
 * <p>The API then works with the engine as the application, not as the caller: its own rules
 * decide, and the callers need no engine permissions. Granting them those (starting instances,
 * correlating messages, reading history) would also let them do the same over {@code /engine-rest},
 * past the API's validation and its one-case-per-review rule.
 */
@Component
public class CaseApiAccess implements HandlerInterceptor, WebMvcConfigurer {

  /** The API's OpenAPI description and its Swagger UI (springdoc): for every user who logs in. */
  static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

  private static final Logger LOG = LoggerFactory.getLogger(CaseApiAccess.class);

  private final ProcessEngine processEngine;
  private final AuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  public CaseApiAccess(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/reviews/**", "/api/outcomes", "/outcomes")
        .addPathPatterns(API_DESCRIPTION);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Optional<String> caller = caller(request);
    if (caller.isEmpty()) {
      basic.augmentResponseByAuthenticationChallenge(response, processEngine);
      throw problem(HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send the HTTP Basic credentials of a user (to read, a login to Tasklist in this browser does too).");
    }
    if (handler instanceof HandlerMethod endpoint && !describesTheApi(endpoint)) {
      String userId = caller.get();
      AllowedGroups allowed = endpoint.getMethodAnnotation(AllowedGroups.class);
      List<String> allowedGroups = allowed == null ? List.of() : List.of(allowed.value());
      if (Collections.disjoint(groupsOf(userId), allowedGroups)) {
        LOG.info("Case API: {} {} refused to user '{}', who is in none of the groups {}",
            request.getMethod(), request.getRequestURI(), userId, allowedGroups);
        throw problem(HttpStatus.FORBIDDEN, "Not allowed",
            "User '" + userId + "' may not do this; it is for members of " + allowedGroups + ".");
      }
    }
    return true;
  }

  /** springdoc's own endpoints, which serve the API's description. */
  private static boolean describesTheApi(HandlerMethod endpoint) {
    return endpoint.getBeanType().getPackageName().startsWith("org.springdoc.");
  }

  /** The user the credentials name, or to read without any, the user logged into the webapps. */
  private Optional<String> caller(HttpServletRequest request) {
    boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && read) {
      return webappUser(request);
    }
    AuthenticationResult basicCaller = basic.extractAuthenticatedUser(request, processEngine);
    return basicCaller.isAuthenticated() ? Optional.of(basicCaller.getAuthenticatedUser()) : Optional.empty();
  }

  private Optional<String> webappUser(HttpServletRequest request) {
    return Optional.ofNullable(request.getSession(false))
        .map(session -> AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(processEngine.getName()))
        .map(Authentication::getIdentityId);
  }

  private List<String> groupsOf(String userId) {
    return processEngine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
  }

  private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new ErrorResponseException(status, problem, null);
  }
}
