package io.reviewrecovery.platform;

import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.review.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.AbstractRestClientOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * A platform's OAuth 2.0 access token, obtained and renewed by Spring Security's OAuth2 client: an
 * {@link AuthorizedClientServiceOAuth2AuthorizedClientManager} over an in-memory store (each node
 * holds its own token), with the refresh token grant (Google) or the client credentials grant
 * (Trustpilot). A token is renewed {@link #RENEWAL_MARGIN} before it expires, and at once when the
 * platform refuses it. Every token obtained and every renewal that failed is reported to
 * {@link PlatformTokenStates}.
 *
 * <p>Nothing here is a Spring bean: a {@code ClientRegistrationRepository} bean would switch on
 * Spring Boot's OAuth2 login, and the application's logins are not OAuth.
 */
public final class OAuthCredentials implements PlatformCredentials {

  /** How long before it expires a token is renewed: a call made with it must still find it valid. */
  static final Duration RENEWAL_MARGIN = Duration.ofMinutes(1);
  /** The one "user" of every platform's token: the application itself. */
  private static final String PRINCIPAL = "review-recovery";
  private static final UsernamePasswordAuthenticationToken PRINCIPAL_AUTHENTICATION =
      UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null, List.of());
  /**
   * What Google's refresh token is stored with until the first token is obtained: already expired,
   * so it is renewed before any call, and never sent.
   */
  private static final String NOT_YET_OBTAINED = "not-yet-obtained";

  private final Platform platform;
  private final ClientRegistration registration;
  private final InMemoryOAuth2AuthorizedClientService store;
  private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;
  private final OAuth2RefreshToken refreshToken;

  private OAuthCredentials(Platform platform, ClientRegistration registration, OAuth2AuthorizedClientProvider provider,
      OAuth2RefreshToken refreshToken, PlatformTokenStates states) {
    this.platform = platform;
    this.registration = registration;
    this.refreshToken = refreshToken;
    this.store = new InMemoryOAuth2AuthorizedClientService(new InMemoryClientRegistrationRepository(registration));
    this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
        new InMemoryClientRegistrationRepository(registration), store);
    manager.setAuthorizedClientProvider(provider);
    manager.setAuthorizationSuccessHandler((client, principal, attributes) -> {
      store.saveAuthorizedClient(client, principal);
      states.obtained(platform, client.getAccessToken().getExpiresAt());
    });
    // The stored client is kept when a renewal fails (Spring's default would forget Google's refresh
    // token after invalid_grant): each later call tries again, and reports again, until it works.
    manager.setAuthorizationFailureHandler((failure, principal, attributes) ->
        states.renewalFailed(platform, refusal(failure.getError()).isPresent(), describe(failure.getError())));
  }

  /**
   * Access tokens for a refresh token granted once to the OAuth client (Google: offline access).
   * The refresh token stays valid until it is revoked; a token endpoint that sends a new one with a
   * renewal has it used from then on.
   */
  public static OAuthCredentials refreshToken(Platform platform, URI tokenUri, String clientId, String clientSecret,
      String refreshToken, PlatformProperties.Http http, PlatformTokenStates states) {
    RestClientRefreshTokenTokenResponseClient tokens = new RestClientRefreshTokenTokenResponseClient();
    RefreshTokenOAuth2AuthorizedClientProvider provider = new RefreshTokenOAuth2AuthorizedClientProvider();
    provider.setAccessTokenResponseClient(tokenClient(tokens, http));
    provider.setClockSkew(RENEWAL_MARGIN);
    return new OAuthCredentials(platform, registration(platform, tokenUri, clientId, clientSecret,
        AuthorizationGrantType.REFRESH_TOKEN), provider, new OAuth2RefreshToken(refreshToken, null), states);
  }

  /** Access tokens for the client's own id and secret (Trustpilot: the API key and secret); none to refresh. */
  public static OAuthCredentials clientCredentials(Platform platform, URI tokenUri, String clientId, String clientSecret,
      PlatformProperties.Http http, PlatformTokenStates states) {
    RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
    ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
    provider.setAccessTokenResponseClient(tokenClient(tokens, http));
    provider.setClockSkew(RENEWAL_MARGIN);
    return new OAuthCredentials(platform, registration(platform, tokenUri, clientId, clientSecret,
        AuthorizationGrantType.CLIENT_CREDENTIALS), provider, null, states);
  }

  @Override
  public synchronized String accessToken() {
    if (refreshToken != null && stored() == null) {
      store.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, PRINCIPAL, expired(NOT_YET_OBTAINED),
          refreshToken), PRINCIPAL_AUTHENTICATION);
    }
    try {
      OAuth2AuthorizedClient client = manager.authorize(OAuth2AuthorizeRequest
          .withClientRegistrationId(registration.getRegistrationId()).principal(PRINCIPAL).build());
      if (client == null) {
        throw new IllegalStateException("No OAuth client provider took " + registration.getRegistrationId());
      }
      return client.getAccessToken().getTokenValue();
    } catch (OAuth2AuthorizationException failed) {
      throw failure(failed.getError());
    }
  }

  @Override
  public synchronized Optional<String> renewRefused(String refused) {
    OAuth2AuthorizedClient stored = stored();
    if (stored != null && stored.getAccessToken().getTokenValue().equals(refused)) {
      store.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, PRINCIPAL, expired(refused),
          stored.getRefreshToken()), PRINCIPAL_AUTHENTICATION);
    }
    return Optional.of(accessToken());
  }

  private OAuth2AuthorizedClient stored() {
    return store.loadAuthorizedClient(registration.getRegistrationId(), PRINCIPAL);
  }

  private static OAuth2AccessToken expired(String value) {
    Instant longAgo = Instant.EPOCH;
    return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, longAgo, longAgo.plusSeconds(1));
  }

  private JobFailure failure(OAuth2Error error) {
    Optional<String> refusal = refusal(error);
    return refusal.isPresent()
        ? JobFailure.refused("%s refused to issue an access token (%s): %s".formatted(platform.displayName(),
            describe(error), refusal.get()))
        : JobFailure.unavailable("%s issued no access token (%s)".formatted(platform.displayName(), describe(error)),
            null);
  }

  /**
   * What a person has to do when the token endpoint refused the credentials (an OAuth error code
   * in its answer); empty when it failed otherwise (no answer, a 5xx), which a retry may mend.
   */
  private Optional<String> refusal(OAuth2Error error) {
    if ("invalid_token_response".equals(error.getErrorCode()) || "server_error".equals(error.getErrorCode())
        || "temporarily_unavailable".equals(error.getErrorCode())) {
      return Optional.empty();
    }
    return Optional.of(refreshToken != null
        ? "the refresh token or the OAuth client was revoked or is wrong; grant a new refresh token and set "
            + PlatformProperties.environmentVariable(platform, "refresh-token")
        : "the client id or secret was revoked or is wrong; set " + PlatformProperties.environmentVariable(platform,
            "api-key") + " and " + PlatformProperties.environmentVariable(platform, "api-secret"));
  }

  private static String describe(OAuth2Error error) {
    return error.getDescription() == null ? error.getErrorCode() : error.getErrorCode() + ": " + error.getDescription();
  }

  private static ClientRegistration registration(Platform platform, URI tokenUri, String clientId, String clientSecret,
      AuthorizationGrantType grant) {
    return ClientRegistration.withRegistrationId(platform.code())
        .clientId(clientId)
        .clientSecret(clientSecret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(grant)
        .tokenUri(tokenUri.toString())
        .build();
  }

  /**
   * The token endpoint is called with the platform calls' timeouts, and its answer read leniently
   * about the token type: Trustpilot answers {@code "token_type": "BearerToken"} (or none), which
   * Spring Security does not take for a bearer token, though it is one.
   */
  private static <T extends AbstractRestClientOAuth2AccessTokenResponseClient<?>> T tokenClient(T tokens,
      PlatformProperties.Http http) {
    DefaultMapOAuth2AccessTokenResponseConverter standard = new DefaultMapOAuth2AccessTokenResponseConverter();
    OAuth2AccessTokenResponseHttpMessageConverter answers = new OAuth2AccessTokenResponseHttpMessageConverter();
    answers.setAccessTokenResponseConverter(parameters -> {
      Map<String, Object> bearer = new HashMap<>(parameters);
      bearer.put(OAuth2ParameterNames.TOKEN_TYPE, OAuth2AccessToken.TokenType.BEARER.getValue());
      return standard.convert(bearer);
    });
    tokens.setRestClient(RestClient.builder()
        .requestFactory(PlatformHttp.requestFactory(http))
        .messageConverters(converters -> {
          converters.clear();
          converters.add(new FormHttpMessageConverter());
          converters.add(answers);
        })
        .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
        .build());
    return tokens;
  }

}
