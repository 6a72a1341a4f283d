package io.reviewrecovery.cases;

import io.reviewrecovery.process.PlatformEventType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The errors of the case API, each answered as {@code application/problem+json}. */
public final class CaseProblems {

  private CaseProblems() {
  }

  public static ErrorResponseException noSuchCase(String businessKey) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "There is no case for the review " + businessKey + ".");
    problem.setTitle("No such case");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  public static ErrorResponseException notWaitingFor(String businessKey, PlatformEventType event) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The case " + businessKey + " is not waiting for " + event + " now; nothing was changed. "
            + "GET the case to see where it is.");
    problem.setTitle("Case not waiting for this event");
    return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
  }
}
