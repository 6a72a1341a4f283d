package io.reviewrecovery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenCaseGeneratorTest {

  @Test
  void theQueuesShareTheOpenCases() {
    assertThat(OpenCaseGenerator.targets(10_000, 0.5)).isEqualTo(Map.of("support", 5_000L, "reputation", 5_000L));
    assertThat(OpenCaseGenerator.targets(100_000, 0.25)).isEqualTo(Map.of("support", 25_000L, "reputation", 75_000L));
    assertThat(OpenCaseGenerator.targets(5, 0.5)).isEqualTo(Map.of("support", 3L, "reputation", 2L));
  }
}
