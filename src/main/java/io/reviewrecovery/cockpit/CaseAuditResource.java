package io.reviewrecovery.cockpit;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_AUDIT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reviewrecovery.cases.CaseSearch;
import io.reviewrecovery.story.CaseStories;
import io.reviewrecovery.story.CaseStory;
import io.reviewrecovery.story.CaseStoryExport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The case audit plugin's REST resource, under
 * {@code /camunda/api/cockpit/plugin/review-audit/<engine>/}: find cases, read one case's story,
 * export it. Only auditors ({@code audit}) and admins may use it: it refuses everyone else with
 * 403, whatever Cockpit lets them open. Every answer is made on request from the case register and
 * the engine's history; nothing is stored. Bad input is answered 400 naming what is wrong, and an
 * unknown case (or one retention removed) 404, each as {@code application/problem+json}.
 */
public class CaseAuditResource extends AbstractCockpitPluginResource {

  private static final Logger LOG = LoggerFactory.getLogger(CaseAuditResource.class);
  private static final String JSON = "application/json";
  private static final String PDF = "application/pdf";

  private final CaseStories stories;
  private final CaseStoryExport export;
  private final ObjectMapper json;

  public CaseAuditResource(String engineName, CaseStories stories, CaseStoryExport export, ObjectMapper json) {
    super(engineName);
    this.stories = stories;
    this.export = export;
    this.json = json;
  }

  /** 204 for a user who may use the plugin; the front end shows itself only then. */
  @GET
  @Path("access")
  public Response access() {
    allowedCaller();
    return Response.noContent().build();
  }

  /**
   * The cases that match every criterion given, newest first.
   *
   * @param receivedFrom a day (received on or after it, UTC)
   * @param receivedTo a day (received on or before it, UTC)
   */
  @GET
  @Path("cases")
  public Response search(@QueryParam("businessKey") String businessKey,
      @QueryParam("platformReviewId") String platformReviewId, @QueryParam("reviewerName") String reviewerName,
      @QueryParam("receivedFrom") String receivedFrom, @QueryParam("receivedTo") String receivedTo,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    allowedCaller();
    CaseSearch search;
    try {
      LocalDate to = day("receivedTo", receivedTo);
      search = CaseSearch.of(businessKey, platformReviewId, reviewerName, startOf(day("receivedFrom", receivedFrom)),
          to == null ? null : startOf(to.plusDays(1)), number("page", page, 0),
          number("size", size, CaseSearch.DEFAULT_SIZE));
    } catch (IllegalArgumentException wrong) {
      throw problem(Response.Status.BAD_REQUEST, "Bad search", wrong.getMessage());
    }
    return Response.ok(write(stories.search(search)), JSON).build();
  }

  @GET
  @Path("cases/{businessKey}")
  public Response story(@PathParam("businessKey") String businessKey) {
    String user = allowedCaller();
    CaseStory story = storyOf(businessKey);
    LOG.info("Case {}: story read by {}", businessKey, user);
    return Response.ok(export.json(story), JSON).build();
  }

  @GET
  @Path("cases/{businessKey}/export.json")
  public Response exportJson(@PathParam("businessKey") String businessKey) {
    String user = allowedCaller();
    CaseStory story = storyOf(businessKey);
    LOG.info("Case {}: story exported as JSON by {}", businessKey, user);
    return download(export.json(story), JSON, businessKey, "json");
  }

  @GET
  @Path("cases/{businessKey}/export.pdf")
  public Response exportPdf(@PathParam("businessKey") String businessKey) {
    String user = allowedCaller();
    CaseStory story = storyOf(businessKey);
    LOG.info("Case {}: story exported as PDF by {}", businessKey, user);
    return download(export.pdf(story), PDF, businessKey, "pdf");
  }

  private CaseStory storyOf(String businessKey) {
    return stories.find(businessKey).orElseThrow(() -> problem(Response.Status.NOT_FOUND, "No such case",
        "There is no case for the review " + businessKey + ", or retention removed it."));
  }

  private static Response download(byte[] content, String type, String businessKey, String extension) {
    String fileName = "case-" + businessKey.replaceAll("[^A-Za-z0-9._~-]", "-") + "." + extension;
    return Response.ok(content, type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** The caller's user id, when they are an auditor or an admin; a 403 otherwise. */
  private String allowedCaller() {
    Authentication caller = getProcessEngine().getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw problem(Response.Status.FORBIDDEN, "Not allowed", "Log in to Cockpit as an auditor or an admin.");
    }
    boolean auditor = caller.getGroupIds() != null && caller.getGroupIds().contains(GROUP_AUDIT);
    if (!auditor && !isCamundaAdmin(caller)) {
      LOG.info("Case audit refused to user '{}', who is neither in '{}' nor an admin", caller.getUserId(), GROUP_AUDIT);
      throw problem(Response.Status.FORBIDDEN, "Not allowed",
          "User '" + caller.getUserId() + "' may not read case stories: that is for the audit group and admins.");
    }
    return caller.getUserId();
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a day as YYYY-MM-DD.");
    }
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static int number(String name, String value, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number.");
    }
  }

  private WebApplicationException problem(Response.Status status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status.getStatusCode()), detail);
    problem.setTitle(title);
    return new WebApplicationException(Response.status(status).type("application/problem+json")
        .entity(write(problem)).build());
  }

  private byte[] write(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
