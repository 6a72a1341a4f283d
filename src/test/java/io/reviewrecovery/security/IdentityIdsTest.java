package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.ReviewRecoveryTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ids the engine takes for users and groups, as Admin and the REST API save them. */
@ReviewRecoveryTest
class IdentityIdsTest {

  @Autowired
  IdentityService identityService;

  @Test
  void idsWithADotDashOrUnderscoreBetweenWordsAreTaken() {
    for (String id : List.of("ops-admin", "jane.doe", "review_feed")) {
      identityService.saveUser(identityService.newUser(id));
      identityService.saveGroup(identityService.newGroup(id + "-team"));
      try {
        assertThat(identityService.createUserQuery().userId(id).count()).as(id).isOne();
      } finally {
        identityService.deleteUser(id);
        identityService.deleteGroup(id + "-team");
      }
    }
  }

  @Test
  void otherIdsAreStillRefused() {
    for (String id : List.of("ops admin", "ops@example.com", "..", ".hidden", "ops/admin", "<b>", "ops-")) {
      assertThatThrownBy(() -> identityService.saveUser(identityService.newUser(id))).as(id)
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("is not a valid resource identifier");
      assertThatThrownBy(() -> identityService.saveGroup(identityService.newGroup(id))).as(id)
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("is not a valid resource identifier");
    }
  }
}
