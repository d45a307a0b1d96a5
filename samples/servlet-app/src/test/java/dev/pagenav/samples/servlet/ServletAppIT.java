package dev.pagenav.samples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample's promises, checked over real HTTP against the sample itself. */
class ServletAppIT {

  private static Server server;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    server = ServletApp.start(0);
    port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static String self() {
    return "http://127.0.0.1:" + port;
  }

  private static RawHttp loggedIn() throws IOException {
    RawHttp client = new RawHttp(port);
    assertThat(client.post("/login", self()).status()).isEqualTo(303);
    return client;
  }

  @Test
  void rootWhenFreshClientThenLoginPageWithoutMenu() throws IOException {
    Response response = new RawHttp(port).get("/");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("<h1>Log in</h1>").doesNotContain("<nav");
  }

  @Test
  void unreachablePageWhenFreshClientThenRedirectsAndShowsNoticeOnce() throws IOException {
    RawHttp client = new RawHttp(port);

    Response redirect = client.get("/bugs");
    Response first = client.get("/");
    Response second = client.get("/");

    assertThat(redirect.status()).isEqualTo(303);
    assertThat(redirect.location()).isEqualTo("/");
    assertThat(first.body()).contains("pagenav-notice").contains("<h1>Log in</h1>");
    assertThat(second.body()).doesNotContain("pagenav-notice");
  }

  @Test
  void loginWhenSameOriginThenRedirectsToRootWithANewSessionId() throws IOException {
    RawHttp client = new RawHttp(port);
    client.get("/bugs");
    String before = client.cookie("JSESSIONID");

    Response login = client.post("/login", self());

    assertThat(login.status()).isEqualTo(303);
    assertThat(login.location()).isEqualTo("/");
    assertThat(before).isNotNull();
    assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
  }

  @Test
  void rootWhenLoggedInThenDashboardWithTheFullMenuInOrder() throws IOException {
    Response response = loggedIn().get("/");

    assertThat(response.body()).contains("<h1>Dashboard</h1>");
    assertThat(all("pagenav-section-label\">([^<]+)<", response.body()))
        .containsExactly("Account", "Reports", "Tools");
    assertThat(all("pagenav-title\">([^<]+)<", menu(response.body())))
        .containsExactly(
            "Log out", "Dashboard", "Bug reports", "System alerts", "Search", "History");
    assertThat(
            all(
                "aria-current=\"page\"><span[^>]*>[^<]*</span><span[^>]*>([^<]+)<",
                response.body()))
        .containsExactly("Dashboard");
  }

  @Test
  void pagesWhenLoggedInThenBugsRendersAndDashboardRedirectsToRoot() throws IOException {
    RawHttp client = loggedIn();

    Response bugs = client.get("/bugs");
    Response dashboard = client.get("/dashboard");

    assertThat(bugs.status()).isEqualTo(200);
    assertThat(bugs.body()).contains("<h1>Bug reports</h1>");
    assertThat(dashboard.status()).isEqualTo(303);
    assertThat(dashboard.location()).isEqualTo("/");
  }

  @Test
  void loginPageWhenLoggedInThenRedirectsToRoot() throws IOException {
    Response response = loggedIn().get("/login");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.location()).isEqualTo("/");
  }

  @Test
  void logoutWhenOldCookieReplayedThenBugsLandsOnLogin() throws IOException {
    RawHttp client = loggedIn();
    String old = client.cookie("JSESSIONID");

    Response logout = client.post("/logout", self());
    RawHttp replay = new RawHttp(port);
    replay.cookie("JSESSIONID", old);
    Response bugs = replay.get("/bugs");

    assertThat(logout.status()).isEqualTo(303);
    assertThat(logout.location()).isEqualTo("/");
    assertThat(bugs.location()).isEqualTo("/");
    assertThat(replay.get("/").body()).contains("<h1>Log in</h1>");
  }

  @Test
  void trailingSlashWhenRequestedThenMovedPermanently() throws IOException {
    Response response = loggedIn().get("/bugs/");

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.location()).isEqualTo("/bugs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"//bugs", "/bugs;x=1", "/%2e%2e/bugs", "/bugs%2fx"})
  void ambiguousPathWhenLoggedInThenBadRequestNeverThePage(String target) throws IOException {
    Response response = loggedIn().get(target);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Bug reports");
  }

  @Test
  void loginWhenCrossOriginThenForbiddenAndStillLoggedOut() throws IOException {
    RawHttp client = new RawHttp(port);

    Response login = client.post("/login", "http://other.example");
    Response root = client.get("/");

    assertThat(login.status()).isEqualTo(403);
    assertThat(root.body()).contains("<h1>Log in</h1>");
  }

  @Test
  void pageWhenServedThenNotCached() throws IOException {
    Response response = loggedIn().get("/bugs");

    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void sessionCookieWhenSetThenHttpOnly() throws IOException {
    Response response = new RawHttp(port).post("/login", self());

    assertThat(response.header("Set-Cookie")).containsIgnoringCase("HttpOnly");
  }

  private static String menu(String body) {
    return body.substring(body.indexOf("<nav"), body.indexOf("</nav>"));
  }

  private static List<String> all(String regex, String text) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void accessMatrixWhenLoggedInThenHtmlTableOfPersonasAndPages() throws IOException {
    Response response = loggedIn().get("/access");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("text/html");
    assertThat(response.body())
        .contains("<th scope=\"col\">logged in</th>")
        .contains("Bug reports <code>bugs</code></th><td class=\"no\">no</td><td class=\"yes\">");
  }

  @Test
  void accessMatrixWhenLoggedOutThenUnreachable() throws IOException {
    Response response = new RawHttp(port).get("/access");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.body()).doesNotContain("<table");
  }
}
