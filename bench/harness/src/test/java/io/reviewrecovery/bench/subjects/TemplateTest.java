package io.reviewrecovery.bench.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void fillsEveryPlaceholder_andRefusesOneWithoutAValue() {
    Template template = new Template("{\"id\": \"#{reviewId}\", \"text\": \"$1 and \\\\ stay\"}");

    assertThat(template.fill(Map.of("reviewId", "r-1"))).isEqualTo("{\"id\": \"r-1\", \"text\": \"$1 and \\\\ stay\"}");
    assertThatThrownBy(() -> template.fill(Map.of())).hasMessage("No value for #{reviewId}");
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void everyBodyOfASubjectFillsToJson(Subject subject) throws Exception {
    Map<String, String> values = CaseValues.of("review-7", "support");

    JsonNode intake = JSON.readTree(subject.intakeBody().fill(values));
    assertThat(intake.toString()).contains("review-7").doesNotContain("#{");
    assertThat(subject.wholeCase()).isNotEmpty();
    assertThat(subject.wholeCase().get(0).taskKey()).isEqualTo(subject.firstTaskKey());
    for (CaseStep step : subject.wholeCase()) {
      assertThat(JSON.readTree(step.submission().fill(values)).get("variables").size()).as(step.taskKey()).isPositive();
    }
  }

  @Test
  void theBaselineIsToldItsTeamAtIntake() throws Exception {
    JsonNode start = JSON.readTree(Subject.BARE.intakeBody().fill(CaseValues.of("review-8", "support")));

    assertThat(start.at("/variables/team/value").asText()).isEqualTo("support");
    assertThat(start.at("/businessKey").asText()).isEqualTo("google:review-8");
  }
}
