package io.reviewrecovery.security;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** HTTP calls as the local profile's users, whose passwords are their names. */
public final class LocalUserCalls {

  private LocalUserCalls() {
  }

  /** Calls with the user's HTTP Basic credentials. */
  public static TestRestTemplate as(TestRestTemplate http, String user) {
    return http.withBasicAuth(user, user);
  }

  public static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /**
   * Logs into one of Camunda's webapps as its login page does: a first request fetches the CSRF
   * token and a session, then the login form is posted with both.
   */
  public static WebappLogin webappLogin(TestRestTemplate http, String user, String app) {
    return webappLogin(http, user, user, app);
  }

  /** Logs into one of Camunda's webapps with this password. */
  public static WebappLogin webappLogin(TestRestTemplate http, String user, String password, String app) {
    ResponseEntity<String> fetch = http.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.put(HttpHeaders.COOKIE, sessionCookies(fetch));
    headers.set("X-XSRF-TOKEN", fetch.getHeaders().getFirst("X-XSRF-TOKEN"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    HttpHeaders session = new HttpHeaders();
    session.put(HttpHeaders.COOKIE, sessionCookies(login));
    return new WebappLogin(login.getStatusCode(), session);
  }

  /** The cookies the response sets, as a request sends them back. */
  private static List<String> sessionCookies(ResponseEntity<?> response) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
        .toList();
  }

  /** The login's answer, and the headers that carry its session on further requests. */
  public record WebappLogin(HttpStatusCode status, HttpHeaders session) {
  }
}
