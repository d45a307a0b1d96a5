package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNavFilterIT {

  private static final String SELF = "http://127.0.0.1:";
  private static final Map<String, String> BROWSER = Map.of("Accept", "text/html");

  private static TestApp app;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
  }

  private static RawHttp client() {
    return new RawHttp(app.port());
  }

  private static RawHttp loggedIn(String role) throws IOException {
    RawHttp client = client();
    Response login = client.post("/ctx/login?role=" + role, SELF + app.port());
    assertThat(login.status()).isEqualTo(303);
    return client;
  }

  @Test
  void handlerPageWhenReachableThenRendersWithNoStore() throws IOException {
    Response response = client().get("/ctx/public");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).startsWith("public-content");
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void rootWhenRequestedThenRendersDefaultPageWithContextPathLinks() throws IOException {
    Response response = loggedIn("user").get("/ctx/");

    assertThat(response.body()).startsWith("home-content");
    assertThat(response.body()).contains("href=\"/ctx/\" aria-current=\"page\"");
    assertThat(response.body()).contains("href=\"/ctx/reports/weekly\"");
  }

  @Test
  void forwardPageWhenLoggedInThenServesTheForwardTarget() throws IOException {
    Response response = loggedIn("user").get("/ctx/reports/weekly");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("weekly-report-content");
  }

  @Test
  void forwardTargetWhenRequestedDirectlyThenIsNotServed() throws IOException {
    Response response = loggedIn("user").get("/ctx/internal/reports");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("weekly-report-content");
  }

  @Test
  void gatedPageWhenAdminThenTheApplicationServletAnswers() throws IOException {
    Response response = loggedIn("admin").get("/ctx/admin");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(TestApp.ADMIN_CONTENT);
  }

  @Test
  void gatedPageWhenNotAdminThenRedirectsToRootWithoutContent() throws IOException {
    Response response = loggedIn("user").get("/ctx/admin");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.location()).isEqualTo("/ctx/");
    assertThat(response.body()).doesNotContain(TestApp.ADMIN_CONTENT);
  }

  @Test
  void forwardByHandlerWhenTargetUnreachableThenIsDecidedLikeARequest() throws IOException {
    Response response = client().get("/ctx/forwarder");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.body()).doesNotContain(TestApp.ADMIN_CONTENT);
  }

  @Test
  void forwardByHandlerWhenTargetReachableThenServesIt() throws IOException {
    Response response = loggedIn("admin").get("/ctx/forwarder");

    assertThat(response.body()).isEqualTo(TestApp.ADMIN_CONTENT);
  }

  @Test
  void includeWhenTargetUnreachableThenIncludesNothing() throws IOException {
    Response response = client().get("/ctx/includer");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("before||after");
  }

  @Test
  void includeWhenTargetReachableThenIncludesIt() throws IOException {
    Response response = loggedIn("admin").get("/ctx/includer");

    assertThat(response.body()).isEqualTo("before|" + TestApp.ADMIN_CONTENT + "|after");
  }

  @Test
  void switchPageWhenUnreachableThenHandlerGetsExceptionNamingReachablePages() throws IOException {
    Response response = client().get("/ctx/teleport");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body())
        .contains("refused: Page 'admin' is not in the current navigation; reachable pages:")
        .contains("'home', 'login', 'public'")
        .doesNotContain(TestApp.ADMIN_CONTENT);
  }

  @Test
  void switchPageWhenUnreachableAndUncaughtThenClientNeverSeesThePage() throws IOException {
    Response response = client().get("/ctx/boom");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.location()).isNull();
    assertThat(response.body()).doesNotContain(TestApp.ADMIN_CONTENT);
  }

  @Test
  void excludedPathWhenRequestedThenPassesThrough() throws IOException {
    Response response = client().get("/ctx/static/app.css");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("static-content");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/ctx/static/../admin",
        "/ctx/static/%2e%2e/admin",
        "/ctx/static/..%2fadmin",
        "/ctx/static/;/../admin",
        "/ctx/static/..\\admin"
      })
  void excludedPrefixWhenPathEscapesItThenRejected(String target) throws IOException {
    Response response = client().get(target);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain(TestApp.ADMIN_CONTENT);
  }

  @Test
  void stylesheetWhenRequestedThenServedFromTheLibrary() throws IOException {
    Response response = client().get("/ctx/_pagenav/pagenav.css");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("text/css");
    assertThat(response.body()).contains("Material Symbols Rounded");
  }

  @Test
  void iconFontWhenRequestedThenServedWithLongLivedCache() throws IOException {
    Response response =
        client().send("HEAD", "/ctx/_pagenav/material-symbols-rounded.woff2", Map.of(), "");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("font/woff2");
    assertThat(response.header("Cache-Control")).contains("max-age=31536000");
  }

  @Test
  void menuJsonWhenLoggedInThenListsTheSessionsItems() throws IOException {
    Response response = loggedIn("user").get("/ctx/api/menu");

    assertThat(response.header("Content-Type")).startsWith("application/json");
    assertThat(response.body())
        .contains("\"label\":\"Member\"")
        .contains("\"href\":\"/ctx/reports/weekly\"")
        .doesNotContain("admin");
  }

  @Test
  void unreachablePageWhenBrowserAsksThenLoginReturnsToIt() throws IOException {
    RawHttp client = client();

    Response denied = client.send("GET", "/ctx/reports/weekly", BROWSER, "");
    Response login = client.post("/ctx/login", SELF + app.port());

    assertThat(denied.location()).isEqualTo("/ctx/");
    assertThat(login.location()).isEqualTo("/ctx/reports/weekly");
  }

  @Test
  void returnPageWhenStillUnreachableAfterLoginThenDefaultPage() throws IOException {
    RawHttp client = client();
    client.send("GET", "/ctx/admin", BROWSER, "");

    Response login = client.post("/ctx/login?role=user", SELF + app.port());

    assertThat(login.location()).isEqualTo("/ctx/");
  }

  @Test
  void unknownMethodWhenSentThenAnswers405WithAllow() throws IOException {
    Response response = client().send("BREW", "/ctx/public", Map.of(), "");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).contains("GET").contains("POST");
  }

  @Test
  void postWhenFromAnotherOriginThenForbiddenAndStateUnchanged() throws IOException {
    RawHttp client = client();

    Response post = client.post("/ctx/login", "http://other.example");
    Response after = client.get("/ctx/reports/weekly");

    assertThat(post.status()).isEqualTo(403);
    assertThat(after.status()).isEqualTo(303);
  }

  @Test
  void postWhenFetchMetadataSaysCrossSiteThenForbidden() throws IOException {
    Response response =
        client().send("POST", "/ctx/login", Map.of("Sec-Fetch-Site", "cross-site"), "");

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void loginWhenSessionExistsThenSessionIdChanges() throws IOException {
    RawHttp client = client();
    client.send("GET", "/ctx/admin", BROWSER, "");
    String before = client.cookie("JSESSIONID");

    client.post("/ctx/login", SELF + app.port());

    assertThat(before).isNotNull();
    assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
  }

  @Test
  void logoutWhenOldCookieReplayedThenNavigationIsAnonymous() throws IOException {
    RawHttp client = loggedIn("user");
    String old = client.cookie("JSESSIONID");

    client.post("/ctx/logout", SELF + app.port());
    RawHttp replay = client();
    replay.cookie("JSESSIONID", old);

    assertThat(replay.get("/ctx/reports/weekly").status()).isEqualTo(303);
  }

  @Test
  void resourceWhenPostedThenMethodNotAllowed() throws IOException {
    Response response = client().post("/ctx/_pagenav/pagenav.css", SELF + app.port());

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void trailingSlashWhenPathHadEscapesThenLocationKeepsThemEncoded() throws IOException {
    Response response = client().get("/ctx/a%3Fb/?q=1");

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.location()).isEqualTo("/ctx/a%3Fb?q=1");
  }

  @Test
  void resourceWhenUnknownMethodThenMethodNotAllowed() throws IOException {
    Response response = client().send("FOO", "/ctx/_pagenav/pagenav.css", Map.of(), "");

    assertThat(response.status()).isEqualTo(405);
  }

  @Test
  void resourceWhenTrailingSlashThenMovedLikeAnyPath() throws IOException {
    Response response = client().get("/ctx/_pagenav/pagenav.css/");

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.location()).isEqualTo("/ctx/_pagenav/pagenav.css");
  }

  @Test
  void trailingSlashWhenQueryHoldsMarkupThenLocationEncodesIt() throws IOException {
    Response response = client().get("/ctx/public/?a=%C3%A9&b=<x>");

    assertThat(response.location()).isEqualTo("/ctx/public?a=%C3%A9&b=%3Cx%3E");
  }

  @Test
  void postWhenOriginHeaderRepeatedThenForbidden() throws IOException {
    RawHttp client = client();
    String self = SELF + app.port();

    Response response =
        client.send(
            "POST", "/ctx/login", Map.of("Origin", self + "\r\nOrigin: http://evil.example"), "");

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void postWhenOriginHasUserInfoThenForbidden() throws IOException {
    Response response = client().post("/ctx/login", "http://user@127.0.0.1:" + app.port());

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void noticeWhenPathIsNotAPageThenDoesNotRepeatIt() throws IOException {
    RawHttp client = loggedIn("user");
    client.send("GET", "/ctx/%3Cb%3Ewin-a-prize%3C", BROWSER, "");

    Response home = client.get("/ctx/");

    assertThat(home.body())
        .contains("The page you asked for does not exist")
        .doesNotContain("win-a-prize");
  }

  @Test
  void unknownPathWhenVisitorHasNoSessionThenNoSessionIsCreated() throws IOException {
    Response response = client().send("GET", "/ctx/wp-admin/setup.php", BROWSER, "");

    assertThat(response.status()).isEqualTo(303);
    assertThat(response.header("Set-Cookie")).isNull();
  }

  @Test
  void noticeWhenPageBecameReachableByLoginThenDropped() throws IOException {
    RawHttp client = client();
    client.send("GET", "/ctx/reports/weekly", BROWSER, "");

    client.post("/ctx/login?role=user", SELF + app.port());
    Response home = client.get("/ctx/");

    assertThat(home.body()).startsWith("home-content").doesNotContain("pagenav-notice");
  }

  @Test
  void forwardByHandlerWhenTargetIsDefaultPagesOwnPathThenRendersIt() throws IOException {
    Response response = client().get("/ctx/home-forwarder");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).startsWith("home-content");
  }

  @Test
  void includeWhenTargetIsUnderWebInfThenIncludesIt() throws IOException {
    Response response = client().get("/ctx/fragments");

    assertThat(response.body()).isEqualTo("before|fragment-content|after");
  }

  @Test
  void errorPageWhenItIsAPageOutsideTheNavigationThenNotShown() throws IOException {
    Response response = client().get("/ctx/missing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(TestApp.ADMIN_CONTENT);
  }

  @Test
  void errorPageWhenItIsAPageInTheNavigationThenShown() throws IOException {
    Response response = loggedIn("admin").get("/ctx/missing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(TestApp.ADMIN_CONTENT);
  }

  @Test
  void webInfWhenRequestedByAClientThenNotFound() throws IOException {
    Response response = client().get("/ctx/WEB-INF/fragment");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("fragment-content");
  }

  @Test
  void forwardTargetWhenOutsideTheMountPointThenStillNotServedToClients() throws IOException {
    Response response = client().get("/mounted/WEB-INF/report");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("mounted-report-content");
  }

  @Test
  void forwardPageWhenUnderTheMountPointThenServesItsTarget() throws IOException {
    Response response = client().get("/mounted/app/report");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("mounted-report-content");
  }

  @Test
  void gatedDefaultPageWhenAtTheMountRootThenItsOwnServletAnswers() throws IOException {
    Response response = client().get("/mounted/app/");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("mounted-board-content");
  }

  @Test
  void iconFontWhenHeadThenSameContentLengthAsGet() throws IOException {
    String font = "/ctx/_pagenav/material-symbols-rounded.woff2";

    Response head = client().send("HEAD", font, Map.of(), "");
    Response get = client().get("/ctx/_pagenav/pagenav.css");

    assertThat(Long.parseLong(head.header("Content-Length"))).isGreaterThan(1_000_000);
    assertThat(get.header("Content-Length")).isEqualTo(String.valueOf(get.body().length()));
  }

  @Test
  void menuJsonWhenNotReadThenMethodNotAllowed() throws IOException {
    Response response = client().send("DELETE", "/ctx/api/menu", Map.of(), "");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void trailingSlashWhenQueryIsHugeThenRedirectDropsItInsteadOfFailing() throws IOException {
    Response response = client().get("/ctx/public/?q=" + "\"".repeat(3000));

    assertThat(response.status()).isEqualTo(301);
    assertThat(response.location()).isEqualTo("/ctx/public");
  }

  @Test
  void noticeWhenDefaultPageIsOnlyFetchedByHeadThenKeptForTheNextVisit() throws IOException {
    RawHttp client = client();
    client.send("GET", "/ctx/reports/weekly", BROWSER, "");

    client.send("HEAD", "/ctx/", Map.of(), "");
    Response visit = client.get("/ctx/");

    assertThat(visit.body()).contains("pagenav-notice");
  }
}
