package io.reviewrecovery.database;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class PostgresSettingsRequiredTest {

  private static final String FROM_APPLICATION_YML = "${REVIEW_RECOVERY_DB_URL}";

  private final PostgresSettingsRequired check = new PostgresSettingsRequired();

  @Test
  void thePostgresProfileWithoutTheDatabaseUrlStopsWithWhatToSet() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", FROM_APPLICATION_YML);
    environment.setActiveProfiles("prod", "postgres");

    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("REVIEW_RECOVERY_DB_URL is not set", "REVIEW_RECOVERY_DB_USER", "REVIEW_RECOVERY_DB_PASSWORD");
  }

  @Test
  void thePostgresProfileWithTheDatabaseUrlStarts() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", FROM_APPLICATION_YML)
        .withProperty("REVIEW_RECOVERY_DB_URL", "jdbc:postgresql://db.example:5432/review_recovery");
    environment.setActiveProfiles("postgres");

    assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()));
  }

  @Test
  void otherProfilesAreLeftAlone() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", FROM_APPLICATION_YML);
    environment.setActiveProfiles("local");

    assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()));
  }
}
