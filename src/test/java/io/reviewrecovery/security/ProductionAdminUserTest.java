package io.reviewrecovery.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionAdminUserTest {

  private static final String STRONG = "correct horse battery staple";

  @Test
  void aLongUncommonPasswordOfANamedUserIsAccepted() {
    assertThat(ProductionAdminUser.problems("ops-admin", STRONG)).isEmpty();
    new ProductionAdminUser("ops-admin", STRONG).preInit(null);
  }

  @Test
  void idsOfWordsJoinedByADotDashOrUnderscoreAreAccepted() {
    for (String id : List.of("ops-admin", "jane.doe", "review_feed", "admin2")) {
      assertThat(ProductionAdminUser.problems(id, STRONG)).as(id).isEmpty();
    }
  }

  @Test
  void anIdTheEngineWouldRefuseStopsTheStartUpSayingWhatAnIdMayBe() {
    for (String id : List.of("ops admin", "ops@example.com", "..", "-admin", "ops--admin", "ops/admin", "ops-")) {
      assertThat(ProductionAdminUser.problems(id, STRONG)).as(id)
          .singleElement().asString().contains("'" + id + "' is not a valid user id", "'.', '-' or '_'");
    }
  }

  @Test
  void withoutUserOrPasswordTheEngineIsNotBuilt() {
    assertThatThrownBy(() -> new ProductionAdminUser("", "").preInit(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("REVIEW_RECOVERY_ADMIN_USER")
        .hasMessageContaining("REVIEW_RECOVERY_ADMIN_PASSWORD");
    assertThat(ProductionAdminUser.problems(null, null)).hasSize(2);
  }

  @Test
  void aShortPasswordIsRefused() {
    assertThat(ProductionAdminUser.problems("ops-admin", "x7#kQ9!mZ2a"))
        .singleElement().asString().contains("at least 12 characters");
  }

  @Test
  void thePasswordMayNotBeTheUserId() {
    assertThat(ProductionAdminUser.problems("platform-operator", "Platform-Operator"))
        .singleElement().asString().contains("not be the user id");
  }

  @Test
  void aCommonPasswordIsRefusedWhateverItsCase() {
    for (String common : new String[] {"password1234", "Administrator", "CHANGEME1234"}) {
      assertThat(ProductionAdminUser.problems("ops-admin", common)).as(common)
          .singleElement().asString().contains("common password");
    }
  }

  @Test
  void theRefusalNeverShowsThePassword() {
    assertThatThrownBy(() -> new ProductionAdminUser("ops-admin", "short-pw").preInit(null))
        .message().doesNotContain("short-pw");
  }
}
