package io.reviewrecovery.web;

import io.reviewrecovery.input.JsonFieldProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad input with 400 {@code application/problem+json} that names every bad field, e.g.
 * {@code "errors": [{"field": "rating", "message": "must be less than or equal to 5"}]}, also when a
 * field has the wrong JSON type or appears twice ({@link io.reviewrecovery.input.StrictJson}), and the
 * refusals of {@link io.reviewrecovery.security.CaseApiAccess} as problems too, for the case API and
 * the outcomes.
 */
@RestControllerAdvice(basePackageClasses = {ReviewController.class, OutcomesController.class})
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
        .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
        .toList();
    String detail = errors.stream().map(e -> e.get("field") + " " + e.get("message")).collect(Collectors.joining("; "));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON for this request.");
    problem.setTitle("Invalid request");
    JsonFieldProblem.of(ex.getCause()).ifPresent(field -> {
      problem.setDetail(field.describe());
      problem.setProperty("errors", List.of(Map.of("field", field.field(), "message", field.message())));
    });
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }
}
