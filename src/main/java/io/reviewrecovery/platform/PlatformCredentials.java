package io.reviewrecovery.platform;

import io.reviewrecovery.jobs.JobFailure;
import java.util.Optional;

/**
 * What a platform adapter sends as its bearer token, and how it gets another when the platform
 * refuses one: {@link OAuthCredentials} for the platforms whose tokens renew (Google, Trustpilot),
 * {@link #fixed} for a token that is configured as it is (Yelp).
 */
public interface PlatformCredentials {

  /**
   * A token to send now: renewed first when it has expired or is about to.
   *
   * @throws JobFailure when no token can be had: refused (the credentials need a person) or
   *     unavailable (the token endpoint did not answer; a retry may help)
   */
  String accessToken();

  /**
   * A new token after the platform refused {@code refused} with a 401, or empty when these
   * credentials cannot be renewed. Renews at most once for one refused token: a caller whose
   * token another call renewed meanwhile gets that renewed one.
   *
   * @throws JobFailure as {@link #accessToken()}
   */
  Optional<String> renewRefused(String refused);

  /** A token used as configured, never renewed. */
  static PlatformCredentials fixed(String accessToken) {
    return new PlatformCredentials() {
      @Override
      public String accessToken() {
        return accessToken;
      }

      @Override
      public Optional<String> renewRefused(String refused) {
        return Optional.empty();
      }
    };
  }
}
