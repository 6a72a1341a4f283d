package io.reviewrecovery.security;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_MONITORING;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the management port (health, readiness, metrics): anyone may ask whether the
 * application is alive ({@code /actuator/health/liveness}, which says no more than UP or DOWN);
 * everything else needs the HTTP Basic credentials of a Camunda user (401 otherwise, wrong passwords
 * counting towards the engine's login lockout) in {@code camunda-admin} or {@code monitoring} (403
 * otherwise). Both refusals are {@code application/problem+json}. {@link ManagementAccessConfiguration}
 * puts it in front of the management port.
 */
public class ManagementAccess extends OncePerRequestFilter {

  static final List<String> ALLOWED_GROUPS = List.of(Groups.CAMUNDA_ADMIN, GROUP_MONITORING);

  private static final Logger LOG = LoggerFactory.getLogger(ManagementAccess.class);

  private final ObjectProvider<ProcessEngine> processEngine;
  private final ObjectMapper json;
  private final String livenessPath;
  private final AuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  /** @param livenessPath the path of the liveness probe inside the management server, e.g. /actuator/health/liveness */
  ManagementAccess(ObjectProvider<ProcessEngine> processEngine, ObjectMapper json, String livenessPath) {
    this.processEngine = processEngine;
    this.json = json;
    this.livenessPath = livenessPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isLivenessProbe(request)) {
      chain.doFilter(request, response);
      return;
    }
    ProcessEngine engine = processEngine.getObject();
    AuthenticationResult caller = basic.extractAuthenticatedUser(request, engine);
    if (!caller.isAuthenticated()) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
      refuse(response, HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send the HTTP Basic credentials of an admin or of the monitoring user.");
      return;
    }
    String userId = caller.getAuthenticatedUser();
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    if (groups.stream().noneMatch(ALLOWED_GROUPS::contains)) {
      LOG.info("Management: {} {} refused to user '{}', who is in none of the groups {}", request.getMethod(),
          request.getRequestURI(), userId, ALLOWED_GROUPS);
      refuse(response, HttpStatus.FORBIDDEN, "Not allowed",
          "User '" + userId + "' may not read health or metrics; they are for members of " + ALLOWED_GROUPS + ".");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The liveness probe, exactly: the path as the container decoded and normalized it, so that
   * neither {@code ..} nor encoded characters lead past this check to another endpoint.
   */
  private boolean isLivenessProbe(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return livenessPath.equals(path) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
