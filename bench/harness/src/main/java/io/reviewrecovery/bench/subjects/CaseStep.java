package io.reviewrecovery.bench.subjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of a whole case, as a team member works it: which task, who, and what they submit
 * (the {@code variables} of the engine's {@code submit-form}, a {@link Template}). The steps of a
 * case are a JSON file per subject ({@code bench/<subject>/happy-path.json}), which the
 * application's own tests also drive, so a change of the forms' rules cannot break the benchmark
 * unnoticed.
 */
public record CaseStep(String taskKey, String user, Template submission) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<CaseStep> script(String resource) {
    try (InputStream in = CaseStep.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + resource + " on the classpath");
      }
      List<CaseStep> steps = new ArrayList<>();
      for (JsonNode step : JSON.readTree(in)) {
        String variables = JSON.writeValueAsString(step.required("variables"));
        steps.add(new CaseStep(step.required("task").asText(), step.required("user").asText(),
            new Template("{\"variables\": " + variables + "}")));
      }
      return List.copyOf(steps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
