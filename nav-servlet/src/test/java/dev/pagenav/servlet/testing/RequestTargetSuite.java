package dev.pagenav.servlet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request targets that every pagenav application answers alike, whatever serves it: malformed or
 * ambiguous paths get 400, a trailing slash gets 301 to the path without it, and a path outside the
 * navigation gets 303 to the root. A sample's integration test extends it and says where the sample
 * listens; the sample must have a {@code login} page that is the default page of a visitor without
 * a session.
 */
public abstract class RequestTargetSuite {

  /**
   * Returns the port the application listens on at 127.0.0.1.
   *
   * @return the port
   */
  protected abstract int port();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/login;x=1",
        "/login;jsessionid=0123",
        "/login%3bx=1",
        "/%2e%2e/login",
        "/%2E/login",
        "/./login",
        "/x/../login",
        "/x/%2e%2e/login",
        "/x/..%2flogin",
        "/x%2flogin",
        "/x%5clogin",
        "/x%252e%252e/login",
        "//login",
        "/x//login",
        "/login%00",
        "/login%0a",
        "/login%09",
        "/login%7f",
        "/login%e2%80%a8",
        "/log%zzin",
        "/login%",
        "/log%C3in",
        "/%C0%AE%C0%AE/login",
        "/l%C3%B6gin",
        "/login%20",
        "/%ef%bc%8flogin"
      })
  void targetWhenMalformedOrAmbiguousThenBadRequest(String target) throws IOException {
    Response response = new RawHttp(port()).get(target);

    assertThat(response.status()).as("status for %s", target).isEqualTo(400);
  }

  @ParameterizedTest
  @CsvSource({
    "/login/, /login",
    "/nowhere/, /nowhere",
    "/reports/bugs/, /reports/bugs",
    "'/login/?next=1', '/login?next=1'"
  })
  void targetWhenTrailingSlashThenMovedToThePathWithout(String target, String location)
      throws IOException {
    Response response = new RawHttp(port()).get(target);

    assertThat(response.status()).as("status for %s", target).isEqualTo(301);
    assertThat(response.location()).as("location for %s", target).endsWith(location);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/nowhere",
        "/LOGIN",
        "/Login",
        "/login.json",
        "/login.css",
        "/login~",
        "/a/b/c",
        "/nowhere?x=.css",
        "/_pagenav",
        "/WEB-INFO"
      })
  void targetWhenOutsideNavigationThenRedirectedToRoot(String target) throws IOException {
    Response response = new RawHttp(port()).get(target);

    assertThat(response.status()).as("status for %s", target).isEqualTo(303);
    assertThat(response.location()).as("location for %s", target).endsWith("/");
  }

  @ParameterizedTest
  @CsvSource({"/login, /", "'/login?next=1', '/?next=1'"})
  void targetWhenDefaultPagesOwnPathThenRedirectedToRootWithQuery(String target, String location)
      throws IOException {
    Response response = new RawHttp(port()).get(target);

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.location()).endsWith(location);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/?next=1"})
  void targetWhenRootThenLoginPage(String target) throws IOException {
    Response response = new RawHttp(port()).get(target);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("Log in");
  }
}
