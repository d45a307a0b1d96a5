package dev.pagenav.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample's promises, checked over real HTTP against the sample on Tomcat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringAppIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Map<String, String> FORM =
      Map.of("Content-Type", "application/x-www-form-urlencoded");

  @LocalServerPort int port;

  /** Opens a page, then posts its form with the page's CSRF token, as a browser would. */
  static Response submit(RawHttp client, String page, String action, String fields)
      throws IOException {
    Matcher token = CSRF.matcher(client.get(page).body());
    assertThat(token.find()).as("a CSRF field on %s", page).isTrue();
    return client.send("POST", action, FORM, fields + "&_csrf=" + token.group(1));
  }

  static Response login(RawHttp client, String role) throws IOException {
    return submit(client, "/", "/login", "role=" + role);
  }

  static Response logout(RawHttp client) throws IOException {
    return submit(client, "/logout", "/logout", "");
  }

  static Response menuPosition(RawHttp client, String position) throws IOException {
    return submit(client, "/settings", "/settings", "position=" + position);
  }

  RawHttp loggedIn(String role) throws IOException {
    RawHttp client = new RawHttp(port);
    assertThat(login(client, role).status()).isEqualTo(303);
    return client;
  }

  RawHttp visitor(String role) throws IOException {
    return role.equals("anonymous") ? new RawHttp(port) : loggedIn(role);
  }

  @Test
  void rootWhenLoggedOutThenLoginPageWithoutMenu() throws IOException {
    Response response = new RawHttp(port).get("/");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("<h1>Log in</h1>", "Logged out").doesNotContain("<nav");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /, multipart/form-data; boundary=",
    "GET, /css/app.css, multipart/form-data",
    "GET, /actuator/health, multipart/mixed",
    "POST, /login, multipart/form-data; boundary="
  })
  void requestWhenMultipartWithoutBoundaryThenNeverAServerError(
      String method, String target, String contentType) throws IOException {
    Response response =
        new RawHttp(port).send(method, target, Map.of("Content-Type", contentType), "");

    assertThat(response.status()).isLessThan(500);
  }

  @ParameterizedTest
  @CsvSource({
    "requester, Requester, Request 1, Account|Request",
    "responder, Responder, Respond 1, Account|Respond",
    "admin, Admin, Admin 1, Account|Request|Respond|Admin"
  })
  void loginWhenRoleChosenThenRootShowsItsDefaultPageAndSections(
      String role, String title, String home, String sections) throws IOException {
    RawHttp client = new RawHttp(port);

    Response login = login(client, role);
    Response root = client.get("/");

    assertThat(login.location()).isEqualTo("/");
    assertThat(root.body()).contains("<h1>" + home + "</h1>", ">" + title + "</span>");
    assertThat(all("pagenav-section-label\">([^<]+)<", root.body()))
        .containsExactly(sections.split("\\|"));
  }

  @Test
  void loginWhenPostedThenSessionIdChanges() throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/");
    String before = client.cookie("JSESSIONID");

    login(client, "requester");

    assertThat(before).isNotNull();
    assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
  }

  @Test
  void loginWhenNoCsrfTokenThenForbiddenAndStillLoggedOut() throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/");

    Response login = client.send("POST", "/login", FORM, "role=admin");

    assertThat(login.status()).isEqualTo(403);
    assertThat(client.get("/").body()).contains("<h1>Log in</h1>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "root", "Admin", "admin%20"})
  void loginWhenRoleUnknownThenLoginPageWithMessageAndNothingStored(String role)
      throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/");
    String before = client.cookie("JSESSIONID");

    Response login = login(client, role);

    assertThat(login.status()).isEqualTo(400);
    assertThat(login.body()).contains("<h1>Log in</h1>", AccountPages.UNKNOWN_ROLE);
    assertThat(client.cookie("JSESSIONID")).isEqualTo(before);
    assertThat(client.get("/request-1").status()).isEqualTo(303);
    assertThat(client.get("/").body()).contains("<h1>Log in</h1>", "Logged out");
  }

  @Test
  void loginWhenAnotherRoleAfterLogoutThenTheNewRoleNavigation() throws IOException {
    RawHttp client = loggedIn("requester");
    assertThat(client.get("/request-2").status()).isEqualTo(200);

    logout(client);
    login(client, "responder");

    assertThat(client.get("/request-2").status()).isEqualTo(303);
    assertThat(client.get("/respond-2").body()).contains("<h1>Respond 2</h1>", "Responder");
    assertThat(client.get("/").body()).contains("<h1>Respond 1</h1>");
  }

  @Test
  void logoutWhenPostedThenLoginPageAndTheOldCookieIsWorthless() throws IOException {
    RawHttp client = loggedIn("admin");
    String old = client.cookie("JSESSIONID");

    Response logout = logout(client);
    RawHttp replay = new RawHttp(port);
    replay.cookie("JSESSIONID", old);

    assertThat(logout.status()).isEqualTo(303);
    assertThat(logout.location()).isEqualTo("/");
    assertThat(replay.get("/admin-2").status()).isEqualTo(303);
    assertThat(client.get("/").body()).contains("<h1>Log in</h1>");
  }

  @Test
  void logoutWhenRequestedWithGetThenOnlyAsksToConfirm() throws IOException {
    RawHttp client = loggedIn("requester");

    Response confirm = client.get("/logout");

    assertThat(confirm.body()).contains("<h1>Log out</h1>", "<button type=\"submit\">Log out");
    assertThat(client.get("/request-2").status()).isEqualTo(200);
  }

  @Test
  void unreachablePageWhenRequesterAsksForAdminThenDefaultPageWithNotice() throws IOException {
    RawHttp client = loggedIn("requester");

    Response redirect = client.get("/admin-1");
    Response root = client.get("/");

    assertThat(redirect.status()).isEqualTo(303);
    assertThat(redirect.location()).isEqualTo("/");
    assertThat(root.body()).contains("<h1>Request 1</h1>", "pagenav-notice");
    assertThat(root.body()).doesNotContain("<h1>Admin 1</h1>", "Invite people");
  }

  @ParameterizedTest
  @CsvSource({"admin, /admin-2", "requester, /"})
  void loginWhenPageAskedForBeforeThenLandsThereOnlyIfTheRoleReachesIt(String role, String landing)
      throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/admin-2");

    Response login = login(client, role);

    assertThat(login.status()).isEqualTo(303);
    assertThat(login.location()).isEqualTo(landing);
  }

  @Test
  void hiddenPageWhenLinkedFromSettingsThenRendersButIsNeverAMenuItem() throws IOException {
    RawHttp client = loggedIn("responder");

    Response settings = client.get("/settings");
    Response about = client.get("/about");

    assertThat(settings.body()).contains("href=\"/about\"", "href=\"/access\"");
    assertThat(menu(settings.body())).doesNotContain("About", "Access matrix");
    assertThat(about.status()).isEqualTo(200);
    assertThat(about.body()).contains("<h1>About</h1>");
    assertThat(menu(about.body())).doesNotContain("About");
  }

  @Test
  void switchRoleWhenChosenThenNewSessionIdAndTheRolesNavigation() throws IOException {
    RawHttp client = loggedIn("requester");
    String before = client.cookie("JSESSIONID");

    Response switched = submit(client, "/settings", "/settings", "role=responder");

    assertThat(switched.status()).isEqualTo(303);
    assertThat(switched.location()).isEqualTo("/settings");
    assertThat(client.cookie("JSESSIONID")).isNotEqualTo(before);
    assertThat(client.get("/respond-2").status()).isEqualTo(200);
    assertThat(client.get("/request-2").status()).isEqualTo(303);
  }

  @Test
  void switchRoleWhenUnknownThenBadRequestAndRoleKept() throws IOException {
    RawHttp client = loggedIn("requester");

    Response refused = submit(client, "/settings", "/settings", "role=martian");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains(AccountPages.UNKNOWN_ROLE_SWITCH);
    assertThat(client.get("/request-2").status()).isEqualTo(200);
  }

  @Test
  void menuPositionWhenTopThenTopMenu() throws IOException {
    RawHttp client = loggedIn("admin");

    Response saved = menuPosition(client, "top");
    Response page = client.get("/request-2");

    assertThat(saved.location()).isEqualTo("/settings");
    assertThat(page.body()).contains("pagenav-top", "<h1>Request 2</h1>");
    assertThat(page.body()).doesNotContain("pagenav-sidebar");
  }

  @Test
  void menuPositionWhenHiddenThenOwnMenuWithReachableLinksOnly() throws IOException {
    RawHttp client = loggedIn("requester");

    menuPosition(client, "hidden");
    Response page = client.get("/request-2");

    assertThat(page.body()).doesNotContain("<nav class=\"pagenav");
    assertThat(all("href=\"([^\"]*)\"", ownMenu(page.body())))
        .containsExactly("/logout", "/settings", "/", "/request-2");
    assertThat(client.get("/admin-1").status()).isEqualTo(303);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/request-1;x=1", "/%2e%2e/admin-1", "/admin-1%00", "//admin-1"})
  void malformedTargetWhenAdminAsksThenBadRequestNeverThePage(String target) throws IOException {
    Response response = loggedIn("admin").get(target);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("<h1>Admin 1</h1>", "Invite people");
  }

  @Test
  void sessionCookieWhenSetThenHttpOnlyAndSameSiteLax() throws IOException {
    Response response = new RawHttp(port).get("/");

    assertThat(response.header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax");
  }

  @Test
  void stylesheetWhenLoggedOutThenServedUntouched() throws IOException {
    Response response = new RawHttp(port).get("/css/app.css");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains(".app-menu");
  }

  @ParameterizedTest
  @ValueSource(strings = {"requester", "responder", "admin"})
  void accessWhenLoggedInThenTheMatrixAsAPageOfItsOwn(String role) throws IOException {
    Response access = loggedIn(role).get("/access");

    assertThat(access.status()).isEqualTo(200);
    assertThat(access.header("Content-Type")).startsWith("text/html");
    assertThat(access.body())
        .contains("<h1>Access matrix</h1>", "<th scope=\"col\">" + role + "</th>");
  }

  @Test
  void accessWhenLoggedOutThenRedirectedToRootWithoutTheMatrix() throws IOException {
    Response access = new RawHttp(port).get("/access");

    assertThat(access.status()).isEqualTo(303);
    assertThat(access.location()).isEqualTo("/");
    assertThat(access.body()).doesNotContain("<table");
  }

  @Test
  void actuatorPagenavWhenAdminThenPagesAndAccessAsJson() throws IOException {
    Response response = loggedIn("admin").get("/actuator/pagenav");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).contains("json");
    assertThat(response.body())
        .contains("{\"urlPath\":\"access\",\"title\":\"Access matrix\"}")
        .contains("\"requester\":{\"login\":\"no\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"anonymous", "requester", "responder"})
  void actuatorPagenavWhenNotAdminThenRedirectedToRoot(String role) throws IOException {
    Response response = visitor(role).get("/actuator/pagenav");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.location()).isEqualTo("/");
    assertThat(response.body()).doesNotContain("urlPath");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness"})
  void healthWhenProbedWithoutSessionThenUpAndNoSessionMade(String path) throws IOException {
    Response health = new RawHttp(port).get(path);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    assertThat(health.header("Set-Cookie")).isNull();
  }

  private static String menu(String body) {
    return body.substring(body.indexOf("<nav class=\"pagenav"), body.indexOf("</nav>"));
  }

  private static String ownMenu(String body) {
    return body.substring(body.indexOf("<nav class=\"app-menu"), body.indexOf("</nav>"));
  }

  private static List<String> all(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
