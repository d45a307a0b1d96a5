package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pagenav.RoutingDecision.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageNavTest {

  static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);

  static final Page LOGIN = Page.of("login", "Log in", ":material/login:");
  static final Page LOGOUT = Page.of("logout", "Log out", ":material/logout:");
  static final Page DASHBOARD =
      Page.of("dashboard", "Dashboard", ":material/dashboard:").asDefault();
  static final Page BUGS = Page.of("bugs", "Bug reports", ":material/bug_report:");
  static final Page ALERTS =
      Page.of("alerts", "System alerts", ":material/notification_important:");
  static final Page SEARCH = Page.of("search", "Search", ":material/search:");
  static final Page HISTORY = Page.of("history", "History", ":material/history:");
  static final Page SETTINGS = Page.of("settings", "Settings").hidden();
  static final Page[] ALL_PAGES = {
    LOGIN, LOGOUT, DASHBOARD, BUGS, ALERTS, SEARCH, HISTORY, SETTINGS
  };

  /** The navigation of the login example: only the login page until the session logs in. */
  static Navigation sample(SessionState state) {
    if (!state.get(LOGGED_IN)) {
      return Navigation.of(LOGIN);
    }
    return Navigation.of(
        Section.of("Account", LOGOUT, SETTINGS),
        Section.of("Reports", DASHBOARD, BUGS, ALERTS),
        Section.of("Tools", SEARCH, HISTORY));
  }

  private final List<SessionState> policyCalls = new ArrayList<>();
  private final NavigationPolicy policy =
      state -> {
        policyCalls.add(state);
        return sample(state);
      };
  private final PageNav pageNav =
      PageNav.builder(policy)
          .applicationPages(ALL_PAGES)
          .exclude("/static/", "/favicon.ico")
          .menuJson("/api/menu")
          .build();
  private final SessionState loggedIn = SessionState.empty();
  private final SessionState loggedOut = SessionState.empty();

  PageNavTest() {
    loggedIn.set(LOGGED_IN, true);
  }

  private static RouteRequest.Builder request(String method, String rawPath) {
    return RouteRequest.builder(method, rawPath).serverOrigin("http", "localhost", 8080);
  }

  private RoutingDecision get(String rawPath, SessionState state) {
    return pageNav.decide(request("GET", rawPath).build(), state);
  }

  private static RouteRequest post(String rawPath, Map<String, String> headers) {
    return request("POST", rawPath).headers(headers::get).build();
  }

  @Test
  void decideWhenSamePageAgainThenTheSameDecisionAsBeforeNothingNewMade() {
    RoutingDecision first = get("/bugs", loggedIn);

    assertThat(get("/bugs", loggedIn)).isSameAs(first);
    assertThat(get("/", loggedIn)).isSameAs(get("/", loggedIn));
    assertThat(get("/alerts", loggedIn).page()).isEqualTo(ALERTS);
  }

  @Test
  void decideWhenPageInNavigationThenRendersIt() {
    RoutingDecision decision = get("/bugs", loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.outcome().status()).isEqualTo(200);
    assertThat(decision.page()).isEqualTo(BUGS);
    assertThat(decision.navigation()).isEqualTo(sample(loggedIn));
    assertThat(decision.reason()).isEqualTo("page in the navigation");
  }

  @Test
  void decideWhenRootThenRendersDefaultPage() {
    RoutingDecision decision = get("/", loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(DASHBOARD);
    assertThat(decision.reason()).isEqualTo("default page at the root");
  }

  @Test
  void decideWhenEmptyPathThenRendersDefaultPage() {
    RoutingDecision decision = get("", loggedOut);

    assertThat(decision.page()).isEqualTo(LOGIN);
  }

  @Test
  void decideWhenLoggedOutAtRootThenRendersLoginPage() {
    RoutingDecision decision = get("/", loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(LOGIN);
  }

  @Test
  void decideWhenHiddenPageThenRendersIt() {
    RoutingDecision decision = get("/settings", loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(SETTINGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
  void decideWhenKnownMethodThenPageAccessDoesNotDependOnIt(String method) {
    RoutingDecision decision = pageNav.decide(request(method, "/bugs").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(BUGS);
  }

  @Test
  void decideWhenEscapedLetterThenDecodedOnceToThePage() {
    RoutingDecision decision = get("/%62ugs", loggedIn);

    assertThat(decision.page()).isEqualTo(BUGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/Bugs", "/BUGS", "/bUgs", "/%42ugs"})
  void decideWhenCaseDiffersThenNeverMatches(String rawPath) {
    RoutingDecision decision = get(rawPath, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(loggedIn.contains(PageNav.RETURN_TO)).isFalse();
  }

  @Test
  void decideWhenPolicyConsultedThenGivenTheRequestsState() {
    get("/bugs", loggedIn);

    assertThat(policyCalls).singleElement().isSameAs(loggedIn);
  }

  @Test
  void decideWhenPolicyReturnsNullThenIllegalState() {
    PageNav broken = PageNav.builder(state -> null).build();

    assertThatThrownBy(() -> broken.decide(request("GET", "/").build(), loggedIn))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The navigation policy returned null. Return a Navigation for every session state,"
                + " for instance one with only the login page.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD"})
  void decideWhenReadingDefaultPagesOwnPathThenRedirectsToRoot(String method) {
    RoutingDecision decision = pageNav.decide(request(method, "/dashboard").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.REDIRECT);
    assertThat(decision.outcome().status()).isEqualTo(303);
    assertThat(decision.location()).isEqualTo("/");
    assertThat(decision.reason()).isEqualTo("default page is at the root");
  }

  @Test
  void decideWhenPostToDefaultPagesOwnPathThenRendersIt() {
    RoutingDecision decision = pageNav.decide(post("/dashboard", Map.of()), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(DASHBOARD);
  }

  @Test
  void decideWhenDefaultPagesOwnPathUnderContextAndMountThenRedirectsToMountRoot() {
    PageNav mounted = PageNav.builder(policy).mount("/app").build();
    RouteRequest request = request("GET", "/app/dashboard").contextPath("/ctx").build();

    RoutingDecision decision = mounted.decide(request, loggedIn);

    assertThat(decision.location()).isEqualTo("/ctx/app/");
  }

  @Test
  void decideWhenEmptyPathAndMountedApplicationPagesThenPasses() {
    PageNav mounted = PageNav.builder(policy).mount("/app").applicationPages(ALL_PAGES).build();

    RoutingDecision decision = mounted.decide(request("GET", "").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
    assertThat(decision.reason()).isEqualTo("outside the mount point");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/other", "/application", "/ap", "/bugs"})
  void decideWhenOutsideMountThenPasses(String rawPath) {
    PageNav mounted = PageNav.builder(policy).mount("/app").build();

    RoutingDecision decision = mounted.decide(request("GET", rawPath).build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
    assertThat(decision.outcome().status()).isZero();
    assertThat(decision.reason()).isEqualTo("outside the mount point");
    assertThat(policyCalls).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static", "/static/app.css", "/static/js/app.js", "/favicon.ico"})
  void decideWhenExcludedThenPassesWithoutPolicy(String rawPath) {
    RoutingDecision decision = get(rawPath, loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
    assertThat(decision.reason()).isEqualTo("excluded path");
    assertThat(policyCalls).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/favicon.ico/x", "/staticx", "/favicon.icon"})
  void decideWhenOnlyResemblesExclusionThenDenyByDefault(String rawPath) {
    RoutingDecision decision = get(rawPath, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(decision.location()).isEqualTo("/");
  }

  @Test
  void decideWhenExcludedPathMalformedThenStillBadRequest() {
    RoutingDecision decision = get("/static/%2e%2e/secret", loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.BAD_REQUEST);
  }

  @ParameterizedTest
  @CsvSource({
    "/_pagenav/material-symbols.woff2, material-symbols.woff2",
    "/_pagenav/css/menu.css, css/menu.css"
  })
  void decideWhenLibraryResourceThenResource(String rawPath, String name) {
    RoutingDecision decision = get(rawPath, loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.RESOURCE);
    assertThat(decision.resource()).isEqualTo(name);
    assertThat(decision.outcome().status()).isEqualTo(200);
  }

  @Test
  void decideWhenLibraryResourceUnderMountThenResource() {
    PageNav mounted = PageNav.builder(policy).mount("/app").build();

    RoutingDecision decision =
        mounted.decide(request("GET", "/app/_pagenav/x.css").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RESOURCE);
    assertThat(decision.resource()).isEqualTo("x.css");
  }

  @Test
  void decideWhenMenuJsonPathThenMenu() {
    RoutingDecision decision = get("/api/menu", loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.MENU);
    assertThat(decision.reason()).isEqualTo("menu JSON");
  }

  @Test
  void decideWhenMenuJsonPathOutsideMountThenStillMenu() {
    PageNav mounted = PageNav.builder(policy).mount("/app").menuJson("/api/menu").build();

    RoutingDecision decision = mounted.decide(request("GET", "/api/menu").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.MENU);
  }

  @Test
  void decideWhenMenuJsonNotConfiguredThenItsPathIsDenied() {
    PageNav plain = PageNav.builder(policy).build();

    RoutingDecision decision = plain.decide(request("GET", "/api/menu").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NONE",
      value = {
        "/bugs/, NONE, /bugs",
        "/bugs/, '', /bugs",
        "/bugs/, sort=new&x=%20, /bugs?sort=new&x=%20",
        "/reports/bugs/, a=1, /reports/bugs?a=1",
        "/bugs/, a=%zz&b=%2&c=%, /bugs?a=%25zz&b=%252&c=%25",
        "/bugs/, a=%4A%4a, /bugs?a=%4A%4a",
        "/nope/, NONE, /nope"
      })
  void decideWhenTrailingSlashThenMovedKeepingQuery(String rawPath, String query, String location) {
    RoutingDecision decision =
        pageNav.decide(request("GET", rawPath).query(query).build(), loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.MOVED);
    assertThat(decision.outcome().status()).isEqualTo(301);
    assertThat(decision.location()).isEqualTo(location);
    assertThat(decision.reason()).isEqualTo("trailing slash");
  }

  @ParameterizedTest
  @CsvSource({
    "/a%3Fb/, /a%3Fb",
    "/a%23b/, /a%23b",
    "/a%3C%22b/, /a%3C%22b",
    "/%62ugs/, /bugs",
    "/a:b@c!/, /a:b@c!"
  })
  void decideWhenTrailingSlashAfterEscapesThenMovedToSamePathReencoded(
      String rawPath, String location) {
    RoutingDecision decision = get(rawPath, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.MOVED);
    assertThat(decision.location()).isEqualTo(location);
  }

  @Test
  void decideWhenTrailingSlashThenSameForEverySessionWithoutPolicy() {
    RoutingDecision in = get("/bugs/", loggedIn);
    RoutingDecision out = get("/bugs/", loggedOut);

    assertThat(in).isEqualTo(out);
    assertThat(policyCalls).isEmpty();
  }

  @Test
  void decideWhenTrailingSlashUnderContextAndMountThenMovedWithBoth() {
    PageNav mounted = PageNav.builder(policy).mount("/app").build();
    RouteRequest request = request("GET", "/app/bugs/").contextPath("/ctx").query("a=1").build();

    RoutingDecision decision = mounted.decide(request, loggedIn);

    assertThat(decision.location()).isEqualTo("/ctx/app/bugs?a=1");
  }

  @Test
  void decideWhenMountRootWithoutSlashThenMovedKeepingQuery() {
    PageNav mounted = PageNav.builder(policy).mount("/app/").build();
    RouteRequest request = request("GET", "/app").contextPath("/ctx").query("a=1").build();

    RoutingDecision decision = mounted.decide(request, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.MOVED);
    assertThat(decision.location()).isEqualTo("/ctx/app/?a=1");
    assertThat(decision.reason()).isEqualTo("mount point without '/'");
  }

  @Test
  void decideWhenMountRootWithSlashThenRendersDefaultPage() {
    PageNav mounted = PageNav.builder(policy).mount("/app").build();

    RoutingDecision decision = mounted.decide(request("GET", "/app/").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(DASHBOARD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/bugs;jsessionid=1|a ';' (path parameters are not accepted)",
        "/bugs%3Bx|an encoded ';'",
        "/reports%2Fbugs|an encoded '/'",
        "/reports%5Cbugs|an encoded backslash",
        "/bugs%252F|an encoded '%' (double encoding)",
        "/%2E%2E/bugs|an encoded '.'",
        "/reports\\bugs|a backslash",
        "//evil.example|an empty path segment ('//')",
        "//evil.example/|an empty path segment ('//')",
        "/reports//bugs|an empty path segment ('//')",
        "/./bugs|a '.' path segment",
        "/static/../bugs|a '..' path segment",
        "/bugs%0D%0ASet-Cookie:x|a control or whitespace character",
        "/bugs%09|a control or whitespace character",
        "/bugs%7F|a control or whitespace character",
        "/bugs%00|a control or whitespace character",
        "/bugs%|a malformed percent-escape",
        "/bugs%2|a malformed percent-escape",
        "/bugs%zz|a malformed percent-escape",
        "/caf\u00e9|a non-ASCII character",
        "/caf%C3%A9|non-ASCII after decoding",
        "/a%E2%80%A8b|non-ASCII after decoding",
        "bugs|the path does not start with '/'"
      })
  void decideWhenPathAmbiguousOrMalformedThenBadRequest(String rawPath, String rejection) {
    RoutingDecision decision = get(rawPath, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.BAD_REQUEST);
    assertThat(decision.outcome().status()).isEqualTo(400);
    assertThat(decision.reason()).isEqualTo("path rejected: " + rejection);
    assertThat(policyCalls).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/bugs\u0000", "/bugs\u001B", "/bugs\u007F", "/a b", "/a\u2028b"})
  void decideWhenRawControlOrSeparatorCharacterThenBadRequest(String rawPath) {
    RoutingDecision decision = get(rawPath, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.BAD_REQUEST);
  }

  @Test
  void decideWhenUnreachableInNotFoundModeThenNotFoundRemembersReturnPageButNoNotice() {
    PageNav strict =
        PageNav.builder(policy)
            .applicationPages(ALL_PAGES)
            .unreachable(UnreachableMode.NOT_FOUND)
            .build();

    RoutingDecision decision = strict.decide(request("GET", "/bugs").build(), loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(decision.outcome().status()).isEqualTo(404);
    assertThat(decision.reason()).isEqualTo("page 'bugs' is not in the session's navigation");
    assertThat(loggedOut.names()).containsExactly("pagenav.return_to");
  }

  @Test
  void decideWhenDeclaredPageUnreachableOnTopLevelGetThenRedirectWithNoticeAndReturnTo() {
    RoutingDecision decision = get("/bugs", loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(decision.location()).isEqualTo("/");
    assertThat(decision.reason()).isEqualTo("page 'bugs' is not in the session's navigation");
    assertThat(loggedOut.get(PageNav.NOTICE)).isEqualTo("bugs");
    assertThat(loggedOut.get(PageNav.RETURN_TO)).isEqualTo("bugs");
  }

  @Test
  void decideWhenUndeclaredPathUnreachableThenNoticeWithoutThePathAndNoReturnTo() {
    RoutingDecision decision = get("/wp-admin/setup.php", loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(loggedIn.get(PageNav.NOTICE)).isEmpty();
    assertThat(loggedIn.contains(PageNav.RETURN_TO)).isFalse();
  }

  @Test
  void decideWhenUnreachableUnderContextAndMountThenRedirectsToMountRoot() {
    PageNav mounted = PageNav.builder(policy).mount("/app").applicationPages(ALL_PAGES).build();
    RouteRequest request = request("GET", "/app/bugs").contextPath("/ctx").build();

    RoutingDecision decision = mounted.decide(request, loggedOut);

    assertThat(decision.location()).isEqualTo("/ctx/app/");
    assertThat(loggedOut.get(PageNav.RETURN_TO)).isEqualTo("bugs");
  }

  @ParameterizedTest
  @CsvSource({
    "X-Requested-With, XMLHttpRequest",
    "Accept, application/json",
    "Sec-Fetch-Mode, cors",
    "Sec-Fetch-Mode, no-cors"
  })
  void decideWhenUnreachableScriptRequestThenRedirectWithoutNoticeOrReturnTo(
      String header, String value) {
    RouteRequest request = request("GET", "/bugs").headers(Map.of(header, value)::get).build();

    RoutingDecision decision = pageNav.decide(request, loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(loggedOut.names()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Accept, text/html,application/xhtml+xml", "Accept, */*", "Sec-Fetch-Mode, navigate"})
  void decideWhenUnreachableBrowserNavigationThenReturnToRemembered(String header, String value) {
    RouteRequest request = request("GET", "/bugs").headers(Map.of(header, value)::get).build();

    pageNav.decide(request, loggedOut);

    assertThat(loggedOut.get(PageNav.RETURN_TO)).isEqualTo("bugs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "HEAD", "DELETE"})
  void decideWhenUnreachableNotGetThenRedirectWithoutReturnTo(String method) {
    RoutingDecision decision = pageNav.decide(request(method, "/bugs").build(), loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(loggedOut.names()).isEmpty();
  }

  @Test
  void decideWhenUnreachableDispatchThenRedirectWithoutReturnTo() {
    RouteRequest forward = request("GET", "/bugs").dispatch(true).build();

    RoutingDecision decision = pageNav.decide(forward, loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(loggedOut.names()).isEmpty();
  }

  @Test
  void decideWhenReachableDispatchThenRendersLikeARequest() {
    RouteRequest forward = request("GET", "/bugs").dispatch(true).build();

    RoutingDecision decision = pageNav.decide(forward, loggedIn);

    assertThat(decision.page()).isEqualTo(BUGS);
  }

  @ParameterizedTest
  @CsvSource({
    "Origin, http://other.example",
    "Origin, http://localhost:8081",
    "Origin, https://localhost:8080",
    "Origin, null",
    "Origin, http://localhost:8080/",
    "Sec-Fetch-Site, cross-site",
    "Sec-Fetch-Site, same-site"
  })
  void decideWhenStateChangingRequestFromOtherOriginThenForbidden(String header, String value) {
    RoutingDecision decision = pageNav.decide(post("/bugs", Map.of(header, value)), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.FORBIDDEN);
    assertThat(decision.outcome().status()).isEqualTo(403);
    assertThat(decision.reason()).isEqualTo("cross-origin POST");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
  void decideWhenOtherStateChangingMethodCrossOriginThenForbidden(String method) {
    RouteRequest request =
        request(method, "/").headers(Map.of("Origin", "http://other.example")::get).build();

    RoutingDecision decision = pageNav.decide(request, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.FORBIDDEN);
    assertThat(decision.reason()).isEqualTo("cross-origin " + method);
  }

  @ParameterizedTest
  @CsvSource({
    "Origin, http://localhost:8080",
    "Sec-Fetch-Site, same-origin",
    "Sec-Fetch-Site, none"
  })
  void decideWhenStateChangingRequestFromSameOriginThenRenders(String header, String value) {
    RoutingDecision decision = pageNav.decide(post("/bugs", Map.of(header, value)), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
  }

  @ParameterizedTest
  @CsvSource({
    "https, -1, https://example.org",
    "http, 80, http://example.org",
    "https, 443, https://example.org"
  })
  void decideWhenServerUsesDefaultPortThenOriginWithoutPortRenders(
      String scheme, int port, String origin) {
    RouteRequest request =
        RouteRequest.builder("POST", "/bugs")
            .serverOrigin(scheme, "Example.org", port)
            .headers(Map.of("Origin", origin)::get)
            .build();

    RoutingDecision decision = pageNav.decide(request, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
  }

  @Test
  void decideWhenStateChangingWithoutBrowserHeadersThenRenders() {
    RoutingDecision decision = pageNav.decide(post("/bugs", Map.of()), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
  }

  @Test
  void decideWhenServerOriginUnknownAndOriginSentThenForbidden() {
    RouteRequest request =
        RouteRequest.builder("POST", "/bugs")
            .headers(Map.of("Origin", "http://localhost")::get)
            .build();

    RoutingDecision decision = pageNav.decide(request, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.FORBIDDEN);
  }

  @Test
  void decideWhenCrossOriginGetThenRenders() {
    RouteRequest request =
        request("GET", "/bugs").headers(Map.of("Origin", "http://other.example")::get).build();

    RoutingDecision decision = pageNav.decide(request, loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
  }

  @Test
  void decideWhenSameOriginCheckOffThenCrossOriginPostRenders() {
    PageNav lenient = PageNav.builder(policy).sameOriginCheck(false).build();

    RoutingDecision decision = lenient.decide(post("/bugs", Map.of("Origin", "null")), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BREW", "TRACE", "CONNECT", "PROPFIND", "get", ""})
  void decideWhenUnknownMethodThenMethodNotAllowed(String method) {
    RoutingDecision decision = pageNav.decide(request(method, "/bugs").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.METHOD_NOT_ALLOWED);
    assertThat(decision.outcome().status()).isEqualTo(405);
    assertThat(decision.reason()).isEqualTo("unknown method");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NONE",
      value = {
        "NONE, ''",
        "'', ''",
        "/, ''",
        "/app, /app",
        "app, /app",
        "/app/, /app",
        "/a/b/, /a/b"
      })
  void buildWhenMountGivenThenNormalised(String mount, String expected) {
    PageNav built = PageNav.builder(policy).mount(mount == null ? "" : mount).build();

    assertThat(built.mount()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/a b|the character ' ' is not allowed",
        "/app/../x|it has a '..' segment",
        "//app//x|it has an empty segment"
      })
  void buildWhenMountInvalidThenRejectedNamingIt(String mount, String problem) {
    PageNav.Builder builder = PageNav.builder(policy).mount(mount);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Invalid pagenav configuration: Invalid mount point '" + mount + "': " + problem + ".");
  }

  @Test
  void buildWhenMountReservedThenRejectedNamingIt() {
    PageNav.Builder builder = PageNav.builder(policy).mount("/_pagenav");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Invalid mount point '/_pagenav': the first segment '_pagenav' is reserved");
  }

  @ParameterizedTest
  @ValueSource(strings = {"static/", "", "favicon.ico"})
  void buildWhenExcludedPathRelativeThenRejectedNamingIt(String path) {
    PageNav.Builder builder = PageNav.builder(policy).exclude(path);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid pagenav configuration: Excluded path '"
                + path
                + "' must start with '/', such as '/static/'.");
  }

  @Test
  void buildWhenExcludedPathIsTheRootThenRejectedNamingIt() {
    PageNav.Builder builder = PageNav.builder(policy).exclude("/");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid pagenav configuration: Excluded path '/' would take in every path; name"
                + " something below the root, such as '/static/'.");
  }

  @Test
  void buildWhenExcludedPathMalformedThenRejectedNamingIt() {
    PageNav.Builder builder = PageNav.builder(policy).exclude("/st atic/");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Invalid pagenav configuration: Invalid excluded path '/st atic/': the character ' '"
                + " is not allowed.");
  }

  @ParameterizedTest
  @CsvSource({"/bugs, bugs", "/reports/, reports/bugs", "/reports, reports"})
  void buildWhenExclusionShadowsDeclaredPageThenRejectedNamingThePage(
      String excluded, String page) {
    PageNav.Builder builder =
        PageNav.builder(policy).applicationPages(Page.of(page)).exclude(excluded);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid pagenav configuration: Page '"
                + page
                + "' is at a path that is excluded, internal or used for the menu JSON, so the"
                + " navigation would not guard it. Remove the exclusion or move the page.");
  }

  @Test
  void buildWhenExclusionShadowsPageUnderMountThenRejected() {
    PageNav.Builder builder =
        PageNav.builder(policy).mount("/app").applicationPages(BUGS).exclude("/app/bugs");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Page 'bugs' is at a path that is excluded");
  }

  @Test
  void buildWhenMenuJsonAtDeclaredPageThenRejected() {
    PageNav.Builder builder = PageNav.builder(policy).applicationPages(BUGS).menuJson("/bugs");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Page 'bugs' is at a path that is excluded, internal or used for the menu JSON");
  }

  @Test
  void buildWhenMenuJsonPathMalformedThenRejectedNamingIt() {
    PageNav.Builder builder = PageNav.builder(policy).menuJson("/api/../menu");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid pagenav configuration: Invalid menu JSON path '/api/../menu': it has a '..'"
                + " segment. Use one or more '/'-separated segments of ASCII letters, digits, '-',"
                + " '_', '.' and '~', such as 'reports/bugs'.");
  }

  @Test
  void buildWhenSeveralMistakesThenReportsAllAtOnce() {
    PageNav.Builder builder =
        PageNav.builder(policy).mount("/a b").applicationPages(BUGS).exclude("static/", "/bugs");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid mount point '/a b'")
        .hasMessageContaining("Excluded path 'static/'")
        .hasMessageContaining("Page 'bugs' is at a path that is excluded");
  }

  @Test
  void mappedPathsWhenGuardedThenApplicationPagesElseLeftOut() {
    PageNav built =
        PageNav.builder(policy)
            .mount("/app")
            .exclude("/app/api/")
            .internal("/app/error")
            .menuJson("/app/menu")
            .applicationPages(LOGIN)
            .mappedPaths(
                List.of(
                    "/app/reports/bugs",
                    "/app/users/{id}",
                    "/app/api/items",
                    "/app/error",
                    "/app/",
                    "/app/_pagenav/x",
                    "/elsewhere",
                    "/app/admin/**"))
            .build();

    assertThat(built.applicationPages()).containsExactlyInAnyOrder("login", "reports/bugs");
  }

  @ParameterizedTest
  @CsvSource({
    "/app/api/items, PASS",
    "/app/error, NOT_FOUND",
    "/app/_pagenav/x, RESOURCE",
    "/elsewhere, PASS",
    "/app/reports/bugs, RENDER",
    "/app/reports/bugs/, MOVED",
    "/app/reports/./bugs, BAD_REQUEST"
  })
  void decideWhenMappedPathLeftOutThenDecidedLikeAnyOtherPath(String target, Outcome outcome) {
    Page reports = Page.of("reports/bugs", "Bug reports");
    Page api = Page.of("api/items", "Items");
    PageNav built =
        PageNav.builder(state -> Navigation.of(Page.of("home", "Home"), reports, api))
            .mount("/app")
            .exclude("/app/api/")
            .internal("/app/error")
            .mappedPaths(
                List.of("/app/reports/bugs", "/app/api/items", "/app/error", "/app/_pagenav/x"))
            .build();

    assertThat(built.decide(request("GET", target).build(), loggedIn).outcome()).isEqualTo(outcome);
  }

  @Test
  void buildWhenMenuJsonPathIsMappedThenFailsNamingIt() {
    PageNav.Builder builder =
        PageNav.builder(policy).menuJson("/bugs").mappedPaths(List.of("/bugs"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The menu JSON path '/bugs' is also mapped by the application");
  }

  @Test
  void decideWhenMappedPathUnreachableThenRemembersItToReturnTo() {
    PageNav built = PageNav.builder(policy).mappedPaths(List.of("/bugs")).build();
    SessionState state = SessionState.empty();

    built.decide(
        request("GET", "/bugs").headers(Map.of("Sec-Fetch-Mode", "navigate")::get).build(), state);

    assertThat(state.get(PageNav.RETURN_TO)).isEqualTo("bugs");
  }

  @Test
  void applicationPagesWhenDeclaredThenUrlPathsWithoutExternalPages() {
    PageNav built =
        PageNav.builder(policy)
            .applicationPages(LOGIN, BUGS, Page.external("https://example.org", "Ex"))
            .build();

    assertThat(built.applicationPages()).containsExactlyInAnyOrder("login", "bugs");
  }

  @Test
  void navigationForWhenCalledThenPolicysNavigation() {
    Navigation navigation = pageNav.navigationFor(loggedOut);

    assertThat(navigation).isEqualTo(Navigation.of(LOGIN));
    assertThat(policyCalls).containsExactly(loggedOut);
  }

  @Test
  void builderWhenPolicyNullThenNamesIt() {
    assertThatThrownBy(() -> PageNav.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }

  @Test
  void buildWhenCalledTwiceThenReportsEachProblemOnce() {
    PageNav.Builder builder = PageNav.builder(policy).applicationPages(BUGS).exclude("/bugs");
    String first = messageOf(builder);

    String second = messageOf(builder);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void decideWhenDefaultPagesOwnPathHasQueryThenRedirectKeepsIt() {
    RoutingDecision decision =
        pageNav.decide(request("GET", "/login").query("next=1").build(), loggedOut);

    assertThat(decision.location()).isEqualTo("/?next=1");
  }

  private static String messageOf(PageNav.Builder builder) {
    try {
      builder.build();
      throw new AssertionError("build() should have failed");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void decideWhenUnknownPathFromVisitorWithoutStateThenNoNoticeSoNoSession() {
    RoutingDecision decision = get("/wp-admin/setup.php", loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(loggedOut.names()).isEmpty();
  }

  @Test
  void decideWhenForwardToDefaultPagesOwnPathThenRendersIt() {
    RouteRequest forward = request("GET", "/login").dispatch(true).build();

    RoutingDecision decision = pageNav.decide(forward, loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(LOGIN);
  }

  @Test
  void decideWhenMenuJsonPathHasTrailingSlashThenNotTheMenu() {
    PageNav withMenu = PageNav.builder(policy).menuJson("/api/menu").build();

    RoutingDecision decision = withMenu.decide(request("GET", "/api/menu/").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.MOVED);
  }

  @Test
  void buildWhenMenuJsonPathIsTheMountPointThenNamesIt() {
    PageNav.Builder builder = PageNav.builder(policy).mount("/app").menuJson("/app");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The menu JSON path '/app' is the mount point or an excluded path.");
  }

  @Test
  void decideWhenDispatchToInternalPathThenPasses() {
    PageNav internal = PageNav.builder(policy).internal("/WEB-INF/").build();
    RouteRequest include = request("GET", "/WEB-INF/menu.jsp").dispatch(true).build();

    RoutingDecision decision = internal.decide(include, loggedOut);

    assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void decideWhenClientRequestsInternalPathOutsideTheMountThenNotFound() {
    PageNav internal = PageNav.builder(policy).mount("/app").internal("/WEB-INF/").build();

    RoutingDecision decision =
        internal.decide(request("GET", "/WEB-INF/menu.jsp").build(), loggedIn);

    assertThat(decision.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(decision.reason()).isEqualTo("internal path requested by a client");
  }

  @Test
  void buildWhenPageIsAnInternalPathThenRefusesToLeaveItUnguarded() {
    PageNav.Builder builder = PageNav.builder(policy).applicationPages(BUGS).internal("/bugs");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Page 'bugs' is at a path that is excluded, internal or used for");
  }
}
