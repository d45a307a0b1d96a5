package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import dev.pagenav.spring.app.FixtureApp;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The adapter on a real Tomcat over real HTTP, with Spring Security on. */
@SpringBootTest(
    classes = FixtureApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageNavSpringIT {

  private static final Pattern ADMIN_LINK =
      Pattern.compile("<p class=\"admin-link\">\\s*<a class=\"pagenav-link\"\\s+href=\"/admin\"");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;

  static String csrf(Response page) {
    Matcher matcher = CSRF.matcher(page.body());
    assertThat(matcher.find()).as("CSRF field in %s", page.body()).isTrue();
    return matcher.group(1);
  }

  static Response login(RawHttp client, String role) throws IOException {
    return client.form("/login", "role=" + role + "&_csrf=" + csrf(client.get("/")));
  }

  private RawHttp loggedIn(String role) throws IOException {
    RawHttp client = new RawHttp(port);
    assertThat(login(client, role).status()).isEqualTo(303);
    return client;
  }

  static Response logout(RawHttp client) throws IOException {
    return client.form("/logout", "_csrf=" + csrf(client.get("/logout")));
  }

  @Test
  void rootWhenLoggedOutThenLoginPageWithoutMenu() throws IOException {
    Response response = new RawHttp(port).get("/");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("<h1>Log in</h1>").doesNotContain("<nav");
    assertThat(response.header("Cache-Control")).contains("no-store");
  }

  @Test
  void loginWhenPostedWithTokenThenRenewsSessionAndLandsOnDashboard() throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/");
    String before = client.cookie("JSESSIONID");

    Response response = login(client, "user");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.location()).endsWith("/");
    assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    Response dashboard = client.get("/");
    assertThat(dashboard.body()).contains("<h1>Dashboard</h1>", "pagenav-sidebar", "Bug reports");
  }

  @Test
  void loginWhenDoneThenTokenFromBeforeLoginIsRefusedAndNewOneAccepted() throws IOException {
    RawHttp client = new RawHttp(port);
    String before = csrf(client.get("/"));
    client.form("/login", "role=user&_csrf=" + before);

    Response stale = client.form("/logout", "_csrf=" + before);
    Response fresh = logout(client);

    assertThat(stale.status()).isEqualTo(403);
    assertThat(fresh.status()).isEqualTo(303);
  }

  @Test
  void lambdaPageWhenPostedWithoutTokenThenRefusedBySpringSecurity() throws IOException {
    RawHttp client = loggedIn("user");

    Response refused =
        client.send(
            "POST",
            "/notes",
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "Sec-Fetch-Site", "cross-site"),
            "note=forged");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(client.get("/notes").body()).isEqualTo("note: ");
  }

  @Test
  void lambdaPageWhenPostedWithTokenThenHandledWithSecurityHeaders() throws IOException {
    RawHttp client = loggedIn("user");
    String token = csrf(client.get("/logout"));

    Response saved = client.form("/notes", "note=kept&_csrf=" + token);
    Response notes = client.get("/notes");

    assertThat(saved.status()).isEqualTo(303);
    assertThat(notes.body()).isEqualTo("note: kept");
    assertThat(notes.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void loginWhenPostedWithoutTokenThenRefusedBySpringSecurity() throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/");

    Response response = client.post("/login", "http://127.0.0.1:" + port);

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void unreachablePageWhenLoggedInWithoutRoleThenRedirectsWithNotice() throws IOException {
    RawHttp client = loggedIn("user");

    Response redirect = client.get("/admin");
    Response root = client.get("/");

    assertThat(redirect.status()).isEqualTo(303);
    assertThat(root.body()).contains("pagenav-notice").doesNotContain("Admin content");
  }

  @Test
  void hiddenPageWhenLinkedThenRendersWithActiveLinkAndNoMenuItem() throws IOException {
    RawHttp client = loggedIn("user");

    Response settings = client.get("/settings");

    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.body()).contains("<h1>Settings</h1>", "aria-current=\"page\"");
  }

  @ParameterizedTest
  @CsvSource({"user, false", "admin, true"})
  void linkIfReachableWhenTemplateAsksThenOnlySessionsThatReachThePageGetTheLink(
      String role, boolean linked) throws IOException {
    RawHttp client = loggedIn(role);

    String body = client.get("/").body();

    assertThat(ADMIN_LINK.matcher(body).find()).as(body).isEqualTo(linked);
  }

  @Test
  void returnedPageWhenMethodWritesResponseBodyThenStillSwitchPage() throws IOException {
    RawHttp client = loggedIn("user");

    Response response = client.form("/settings", "_csrf=" + csrf(client.get("/logout")));

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.location()).endsWith("/");
  }

  @Test
  void logoutWhenPostedThenSessionEndsAndLoginPageAgain() throws IOException {
    RawHttp client = loggedIn("user");
    Response response = logout(client);

    assertThat(response.status()).isEqualTo(303);
    assertThat(client.get("/").body()).contains("<h1>Log in</h1>");
    assertThat(client.get("/bugs").status()).isEqualTo(303);
  }

  @Test
  void unmappedApiWhenNotExcludedThenDeniedByDefault() throws IOException {
    Response response = new RawHttp(port).get("/api/ping");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.body()).doesNotContain("pong");
  }

  @Test
  void loginWhenCrossOriginWithValidTokenThenCsrfProtectionDecidesNotOriginCheck()
      throws IOException {
    RawHttp client = new RawHttp(port);
    String token = csrf(client.get("/"));

    Response response =
        client.send(
            "POST",
            "/login",
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "Origin", "https://elsewhere.example"),
            "role=user&_csrf=" + token);

    assertThat(response.status()).isEqualTo(303);
  }

  @Test
  void forwardWhenTargetOutsideNavigationThenDecidedLikeARequest() throws IOException {
    RawHttp client = loggedIn("user");

    Response response = client.get("/bugs?via=admin");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.body()).doesNotContain("Admin content");
  }

  @Test
  void forwardWhenTargetInNavigationThenRendersIt() throws IOException {
    RawHttp client = loggedIn("admin");

    Response response = client.get("/bugs?via=admin");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("<h1>Admin content</h1>");
  }

  @Test
  void errorDispatchWhenPageSendsErrorThenSpringErrorPageAnswers() throws IOException {
    RawHttp client = loggedIn("user");

    Response response = client.get("/bugs?via=error");

    assertThat(response.status()).isEqualTo(410);
    assertThat(response.body()).doesNotContain("<h1>");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /nowhere, 303",
    "GET, /wp-login.php, 303",
    "POST, /wp-admin/x.php, 303",
    "PUT, /nowhere, 303",
    "DELETE, /a/b/c, 303",
    "POST, /error, 404",
    "POST, /, 403",
    "POST, /login, 403"
  })
  void refusedRequestWhenVisitorHasNoSessionThenNoSessionIsMade(
      String method, String target, int status) throws IOException {
    Response response = new RawHttp(port).send(method, target, Map.of(), "");

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.headers()).doesNotContainKey("set-cookie");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPTIONS", "HEAD", "GET"})
  void rootWhenAnyMethodThenSecurityHeadersEvenWithoutBody(String method) throws IOException {
    Response response = new RawHttp(port).send(method, "/", Map.of(), "");

    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void errorPathWhenRequestedByClientThenNotFound() throws IOException {
    Response response = new RawHttp(port).get("/error");

    assertThat(response.status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/bugs;x=1",
        "/%2e%2e/admin",
        "/public/..%2fadmin",
        "/admin%00",
        "//admin",
        "/admin%0a",
        "/%C0%AE%C0%AE/admin",
        "/bugs/../admin"
      })
  void malformedTargetWhenSentThen400(String target) throws IOException {
    RawHttp client = loggedIn("user");

    Response response = client.get(target);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Admin content");
  }

  @Test
  void trailingSlashWhenPageThenMovedWithoutIt() throws IOException {
    Response response = new RawHttp(port).get("/login/?next=1");

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.location()).endsWith("/login?next=1");
  }
}
