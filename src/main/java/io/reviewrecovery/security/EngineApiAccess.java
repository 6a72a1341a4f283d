package io.reviewrecovery.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may use the engine's APIs at all, before the engine's authorizations decide what each call
 * may do. The rule: an API that serves a webapp is for the users who may open that webapp, and the
 * engine's own API is for the users who may open one of them.
 *
 * <ul>
 *   <li>{@code /camunda/api/cockpit/**}, Cockpit's plugins (statistics of every process, incidents):
 *       who may open Cockpit;</li>
 *   <li>{@code /camunda/api/admin/**}, Admin's plugins (metrics): who may open Admin;</li>
 *   <li>{@code /camunda/api/tasklist/**}, Tasklist's plugins: who may open Tasklist;</li>
 *   <li>{@code /engine-rest/**}, {@code /camunda/api/engine/**} and the rest of {@code /camunda/api},
 *       the engine itself (tasks, instances, history, users, authorizations): who may open any of
 *       Tasklist, Cockpit and Admin.</li>
 * </ul>
 *
 * <p>"May open" is the engine's own rule for its webapps, the one their login applies: the
 * authorization {@code ACCESS} on the {@code APPLICATION} resource of that webapp, for the user or
 * one of their groups ({@link RoleAuthorizations} grants Tasklist to the teams; admins have every
 * webapp). So what an admin grants or revokes in Admin holds for the APIs too. A user who may open
 * no webapp, such as an integration in {@code integration} or a user in no group, may use only the
 * case API ({@link CaseApiAccess}); without this rule they would reach the engine with HTTP Basic,
 * and with a webapp session, which the Welcome page's login gives every user.
 *
 * <p>Open to all, as Camunda has them: the webapps' login, logout and "who is logged in"
 * ({@code /camunda/api/admin/auth/**}, which every webapp calls), the plugins' scripts
 * ({@code /camunda/api/<app>/plugin/<plugin>/static/**}, which the login pages load), and whatever
 * Camunda answers to callers who are not logged in (401 for all but the login and the list of
 * engines). The caller is the user the HTTP Basic credentials name ({@link BasicAuthentication}
 * checks them first) or the user of the webapp session, with the groups the engine will authorize
 * the call with. Everyone else gets 403, {@code application/problem+json}.
 * {@link BasicAuthentication} registers this filter, after its own.
 */
@Component
public class EngineApiAccess extends OncePerRequestFilter {

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_API = "/camunda/api";
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";
  private static final String ADMIN = "admin";
  private static final List<String> WEBAPPS = List.of(TASKLIST, COCKPIT, ADMIN);

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiAccess.class);

  /** Looked up per request: the web server and its filters start before the engine does. */
  private final ObjectProvider<ProcessEngine> processEngine;
  private final ObjectMapper json;

  public EngineApiAccess(ObjectProvider<ProcessEngine> processEngine, ObjectMapper json) {
    this.processEngine = processEngine;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<List<String>> needed = webappsThatOpen(request);
    Optional<Authentication> caller = needed.flatMap(webapps -> caller(request));
    if (caller.isPresent() && needed.get().stream().noneMatch(webapp -> mayOpen(caller.get(), webapp))) {
      refuse(request, response, caller.get().getUserId(), needed.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The webapps of which a caller must be allowed to open one; empty for what is open to all. The
   * servlet path names the API that serves the request: the container decodes and normalizes it.
   */
  private static Optional<List<String>> webappsThatOpen(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    List<String> webapps = switch (servletPath) {
      case WEBAPP_API + "/" + COCKPIT -> List.of(COCKPIT);
      case WEBAPP_API + "/" + TASKLIST -> List.of(TASKLIST);
      case WEBAPP_API + "/" + ADMIN -> List.of(ADMIN);
      default -> WEBAPPS;
    };
    boolean pluginScript = webapps.size() == 1 && HttpMethod.GET.matches(request.getMethod())
        && pathInfo.matches("/plugin/[^/]+/static/.*");
    boolean login = webapps.equals(List.of(ADMIN)) && pathInfo.startsWith("/auth/");
    return pluginScript || login ? Optional.empty() : Optional.of(webapps);
  }

  /** The user and groups the engine authorizes the call with, if any: from HTTP Basic or the webapp session. */
  private Optional<Authentication> caller(HttpServletRequest request) {
    ProcessEngine processEngine = this.processEngine.getObject();
    if (ENGINE_REST.equals(request.getServletPath())) {
      return Optional.ofNullable(processEngine.getIdentityService().getCurrentAuthentication());
    }
    HttpSession session = request.getSession(false);
    return Optional.ofNullable(session)
        .map(AuthenticationUtil::getAuthsFromSession)
        .map(authentications -> authentications.getAuthenticationForProcessEngine(processEngine.getName()))
        .filter(UserAuthentication.class::isInstance)
        .map(UserAuthentication.class::cast)
        .map(user -> new Authentication(user.getIdentityId(), user.getGroupIds()));
  }

  private boolean mayOpen(Authentication caller, String webapp) {
    return processEngine.getObject().getAuthorizationService().isUserAuthorized(caller.getUserId(),
        caller.getGroupIds(), Permissions.ACCESS, Resources.APPLICATION, webapp);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String userId, List<String> webapps)
      throws IOException {
    List<String> names = webapps.stream().map(StringUtils::capitalize).toList();
    LOG.info("Engine API: {} {} refused to user '{}', who may open none of {}", request.getMethod(),
        request.getRequestURI(), userId, names);
    String detail = names.size() == 1
        ? "User '" + userId + "' may not open " + names.get(0) + ", so not its API either."
        : "User '" + userId + "' may use the case API (/api/reviews) only: the engine's API is for users of "
            + "Tasklist, Cockpit or Admin.";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
    problem.setTitle("Not allowed");
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
