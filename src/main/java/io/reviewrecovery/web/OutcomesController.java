package io.reviewrecovery.web;

import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_REPUTATION;
import static io.reviewrecovery.process.ReviewRecoveryProcess.GROUP_SUPPORT;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import io.reviewrecovery.outcomes.OutcomeCharts;
import io.reviewrecovery.outcomes.OutcomeFigures;
import io.reviewrecovery.outcomes.Outcomes;
import io.reviewrecovery.security.AllowedGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** The outcomes page for people, and the same figures as JSON; for the teams and admins, like case files. */
@Controller
public class OutcomesController {

  private final Outcomes outcomes;

  public OutcomesController(Outcomes outcomes) {
    this.outcomes = outcomes;
  }

  @AllowedGroups({GROUP_SUPPORT, GROUP_REPUTATION, CAMUNDA_ADMIN})
  @GetMapping("/outcomes")
  public ModelAndView page() {
    OutcomeFigures figures = outcomes.figures();
    return new ModelAndView("outcomes/page", Map.of("figures", figures, "charts", OutcomeCharts.of(figures)));
  }

  @Operation(summary = "Outcome figures", description = "Where the cases stand, how fast they reach the customer, "
      + "what is late (docs/outcomes.md). For support, reputation and camunda-admin.")
  @ApiResponse(responseCode = "200", description = "The figures")
  @ApiResponse(responseCode = "401", description = "No credentials, or a wrong password")
  @ApiResponse(responseCode = "403", description = "The user is outside the groups the endpoint allows")
  @AllowedGroups({GROUP_SUPPORT, GROUP_REPUTATION, CAMUNDA_ADMIN})
  @GetMapping(path = "/api/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public OutcomeFigures figures() {
    return outcomes.figures();
  }
}
