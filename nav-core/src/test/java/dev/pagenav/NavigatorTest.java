package dev.pagenav;

import static dev.pagenav.PageNavTest.ALERTS;
import static dev.pagenav.PageNavTest.ALL_PAGES;
import static dev.pagenav.PageNavTest.BUGS;
import static dev.pagenav.PageNavTest.DASHBOARD;
import static dev.pagenav.PageNavTest.LOGGED_IN;
import static dev.pagenav.PageNavTest.LOGIN;
import static dev.pagenav.PageNavTest.LOGOUT;
import static dev.pagenav.PageNavTest.SEARCH;
import static dev.pagenav.PageNavTest.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class NavigatorTest {

  private static final Page DOCS = Page.external("https://example.org/docs", "Docs");

  private final AtomicInteger policyCalls = new AtomicInteger();
  private final PageNav pageNav =
      PageNav.builder(
              state -> {
                policyCalls.incrementAndGet();
                return PageNavTest.sample(state);
              })
          .applicationPages(ALL_PAGES)
          .build();
  private final SessionState state = SessionState.empty();

  private Navigator at(String rawPath) {
    RouteRequest request = RouteRequest.builder("GET", rawPath).build();
    return pageNav.navigator(state, pageNav.decide(request, state), request);
  }

  private Navigator loggedInAt(String rawPath) {
    state.set(LOGGED_IN, true);
    return at(rawPath);
  }

  private static String location(ThrowingCallable call) {
    try {
      call.call();
    } catch (PageRedirect redirect) {
      return redirect.location();
    } catch (Throwable other) {
      throw new AssertionError("expected a PageRedirect", other);
    }
    throw new AssertionError("expected a PageRedirect");
  }

  @Test
  void switchPageWhenReachableThenRedirectsToItsUrl() {
    Navigator navigator = loggedInAt("/bugs");

    assertThat(location(() -> navigator.switchPage(ALERTS))).isEqualTo("/alerts");
  }

  @Test
  void switchPageWhenDefaultPageThenRedirectsToRoot() {
    Navigator navigator = loggedInAt("/bugs");

    assertThat(location(() -> navigator.switchPage(DASHBOARD))).isEqualTo("/");
  }

  @Test
  void switchPageWhenContextAndMountThenBothInLocation() {
    PageNav mounted = PageNav.builder(PageNavTest::sample).mount("/app").build();
    state.set(LOGGED_IN, true);

    Navigator navigator = mounted.navigator(state, "/ctx");

    assertThat(location(() -> navigator.switchPage(BUGS))).isEqualTo("/ctx/app/bugs");
    assertThat(location(() -> navigator.switchPage(DASHBOARD))).isEqualTo("/ctx/app/");
  }

  @Test
  void switchPageWhenQueryGivenThenEncodedInOrder() {
    Navigator navigator = loggedInAt("/bugs");
    Map<String, String> query = new LinkedHashMap<>();
    query.put("q", "a b");
    query.put("x&y", "1+1=2/é");

    String location = location(() -> navigator.switchPage(SEARCH, query));

    assertThat(location).isEqualTo("/search?q=a%20b&x%26y=1%2B1%3D2%2F%C3%A9");
  }

  @Test
  void switchPageWhenUnreachableThenNamesPageAndReachableOnes() {
    Navigator navigator = at("/");

    assertThatThrownBy(() -> navigator.switchPage(BUGS))
        .isInstanceOf(PageNotReachableException.class)
        .hasMessage(
            "Page 'bugs' is not in the current navigation; reachable pages: 'login'. Add it to"
                + " the navigation returned for this session, or switch or link to a reachable"
                + " page.")
        .extracting(e -> ((PageNotReachableException) e).target())
        .isEqualTo("bugs");
  }

  @Test
  void switchPageWhenUnreachableAndSeveralReachableThenAllNamedInOrder() {
    Navigator navigator = loggedInAt("/");

    assertThatThrownBy(() -> navigator.switchPage(LOGIN))
        .isInstanceOf(PageNotReachableException.class)
        .hasMessageContaining(
            "reachable pages: 'logout', 'settings', 'dashboard', 'bugs', 'alerts', 'search',"
                + " 'history'.");
  }

  @Test
  void switchPageWhenStateChangedThenNavigationRecomputedInOneStep() {
    Navigator navigator = at("/login");

    navigator.state().set(LOGGED_IN, true);

    assertThat(location(() -> navigator.switchPage(BUGS))).isEqualTo("/bugs");
    assertThat(location(() -> navigator.switchPage(DASHBOARD))).isEqualTo("/");
  }

  @Test
  void switchPageWhenUrlPathGivenThenNormalisedAndChecked() {
    Navigator navigator = loggedInAt("/");

    assertThat(location(() -> navigator.switchPage("/bugs/"))).isEqualTo("/bugs");
    assertThatThrownBy(() -> navigator.switchPage("login"))
        .isInstanceOf(PageNotReachableException.class)
        .hasMessageStartingWith("Page 'login' is not in the current navigation;");
  }

  @Test
  void switchPageWhenUrlPathInvalidThenRejected() {
    Navigator navigator = loggedInAt("/");

    assertThatThrownBy(() -> navigator.switchPage("../admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid page url path '../admin': it has a '..' segment.");
  }

  @Test
  void switchPageWhenExternalThenRejected() {
    Navigator navigator = loggedInAt("/");

    assertThatThrownBy(() -> navigator.switchPage(DOCS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot switch to external page 'Docs': it is never routed. Link to it with link()"
                + " instead.");
  }

  @Test
  void navigationWhenStateUnchangedThenPolicyNotCalledAgain() {
    Navigator navigator = loggedInAt("/bugs");
    int calls = policyCalls.get();

    navigator.navigation();
    navigator.menu();

    assertThat(policyCalls).hasValue(calls);
  }

  @Test
  void navigationWhenStateChangedThenRecomputed() {
    Navigator navigator = loggedInAt("/bugs");

    navigator.state().set(LOGGED_IN, false);

    assertThat(navigator.navigation()).isEqualTo(Navigation.of(LOGIN));
  }

  @Test
  void rerunWhenCurrentPageStillReachableThenRedirectsToIt() {
    Navigator navigator = loggedInAt("/bugs");

    assertThat(location(navigator::rerun)).isEqualTo("/bugs");
  }

  @Test
  void rerunWhenCurrentIsDefaultPageThenRedirectsToRoot() {
    Navigator navigator = loggedInAt("/");

    assertThat(location(navigator::rerun)).isEqualTo("/");
  }

  @Test
  void rerunWhenCurrentPageLeftNavigationThenRedirectsToRoot() {
    Navigator navigator = loggedInAt("/bugs");

    navigator.state().set(LOGGED_IN, false);

    assertThat(location(navigator::rerun)).isEqualTo("/");
  }

  @Test
  void rerunWhenNoCurrentPageThenRedirectsToRoot() {
    Navigator navigator = pageNav.navigator(state, "/ctx");

    assertThat(navigator.currentPage()).isEmpty();
    assertThat(location(navigator::rerun)).isEqualTo("/ctx/");
  }

  @Test
  void switchToReturnPageWhenRememberedAndReachableThenUsedOnce() {
    at("/bugs");
    Navigator navigator = at("/");
    navigator.state().set(LOGGED_IN, true);

    assertThat(location(navigator::switchToReturnPage)).isEqualTo("/bugs");
    assertThat(location(navigator::switchToReturnPage)).isEqualTo("/");
  }

  @Test
  void switchToReturnPageWhenRememberedButUnreachableThenDefaultAndForgotten() {
    at("/bugs");
    Navigator navigator = at("/");

    assertThat(location(navigator::switchToReturnPage)).isEqualTo("/");
    assertThat(state.contains(PageNav.RETURN_TO)).isFalse();
  }

  @Test
  void switchToReturnPageWhenNothingRememberedThenDefault() {
    Navigator navigator = loggedInAt("/bugs");

    assertThat(location(navigator::switchToReturnPage)).isEqualTo("/");
  }

  @Test
  void takeNoticeWhenUnreachableWasRedirectedThenReturnedOnce() {
    at("/bugs");
    Navigator navigator = at("/");

    assertThat(navigator.takeNotice())
        .contains(
            new Notice(
                "bugs",
                "Page not found. Page 'bugs' does not exist or is not available to you, so you"
                    + " are on the main page."));
    assertThat(navigator.takeNotice()).isEmpty();
  }

  @Test
  void takeNoticeWhenPageBecameReachableSinceThenDropped() {
    at("/bugs");
    Navigator navigator = at("/");

    navigator.state().set(LOGGED_IN, true);

    assertThat(navigator.takeNotice()).isEmpty();
    assertThat(navigator.state().names()).doesNotContain("pagenav.notice");
  }

  @Test
  void takeNoticeWhenNotTopLevelNavigationThenLeftForTheNextOne() {
    at("/bugs");
    RouteRequest head = RouteRequest.builder("HEAD", "/").build();
    Navigator probe = pageNav.navigator(state, pageNav.decide(head, state), head);

    assertThat(probe.takeNotice()).isEmpty();
    assertThat(at("/").takeNotice()).map(Notice::requestedPath).contains("bugs");
  }

  @Test
  void takeNoticeWhenNoRedirectThenEmpty() {
    Navigator navigator = at("/");

    assertThat(navigator.takeNotice()).isEmpty();
  }

  @Test
  void linkWhenCurrentPageThenActive() {
    Navigator navigator = loggedInAt("/bugs");

    PageLink link = navigator.link(BUGS);

    assertThat(link)
        .isEqualTo(
            new PageLink(
                "/bugs", "Bug reports", Icon.of(":material/bug_report:"), true, false, false));
  }

  @Test
  void linkWhenOtherPageThenInactiveWithContextPath() {
    state.set(LOGGED_IN, true);
    RouteRequest request = RouteRequest.builder("GET", "/bugs").contextPath("/ctx").build();
    RoutingDecision decision = pageNav.decide(request, state);

    PageLink link = pageNav.navigator(state, decision, request).link(ALERTS);

    assertThat(link.href()).isEqualTo("/ctx/alerts");
    assertThat(link.active()).isFalse();
    assertThat(link.label()).isEqualTo("System alerts");
  }

  @Test
  void linkWhenDefaultPageThenRootHref() {
    Navigator navigator = loggedInAt("/");

    PageLink link = navigator.link(DASHBOARD);

    assertThat(link.href()).isEqualTo("/");
    assertThat(link.active()).isTrue();
  }

  @Test
  void linkWhenQueryGivenThenEncoded() {
    Navigator navigator = loggedInAt("/");

    PageLink link = navigator.link(SEARCH, Map.of("q", "a b"));

    assertThat(link.href()).isEqualTo("/search?q=a%20b");
  }

  @Test
  void linkWhenUrlPathGivenThenSameAsForThePage() {
    Navigator navigator = loggedInAt("/bugs");

    assertThat(navigator.link("bugs")).isEqualTo(navigator.link(BUGS));
  }

  @Test
  void linkWhenExternalThenExternalAndNeverActive() {
    Navigator navigator = loggedInAt("/bugs");

    PageLink link = navigator.link(DOCS);

    assertThat(link)
        .isEqualTo(new PageLink("https://example.org/docs", "Docs", null, false, false, true));
  }

  @Test
  void linkWhenUnreachableThenNamesPageAndReachableOnes() {
    Navigator navigator = at("/");

    assertThatThrownBy(() -> navigator.link(BUGS))
        .isInstanceOf(PageNotReachableException.class)
        .hasMessageStartingWith(
            "Page 'bugs' is not in the current navigation; reachable pages: 'login'.");
  }

  @Test
  void linkIfReachableWhenUnreachableThenEmpty() {
    Navigator navigator = at("/");

    assertThat(navigator.linkIfReachable(BUGS)).isEmpty();
  }

  @Test
  void linkIfReachableWhenReachableOrExternalThenPresent() {
    Navigator navigator = loggedInAt("/");

    assertThat(navigator.linkIfReachable(BUGS)).map(PageLink::href).contains("/bugs");
    assertThat(navigator.linkIfReachable(DOCS)).map(PageLink::external).contains(true);
  }

  @Test
  void menuWhenLoggedInThenVisiblePagesBySectionWithCurrentActive() {
    Navigator navigator = loggedInAt("/bugs");

    Menu menu = navigator.menu();

    assertThat(menu.sections())
        .extracting(MenuSection::label)
        .containsExactly("Account", "Reports", "Tools");
    assertThat(menu.sections().get(0).items())
        .extracting(MenuItem::title)
        .containsExactly("Log out");
    assertThat(menu.sections().get(1).items())
        .extracting(MenuItem::href, MenuItem::active)
        .containsExactly(
            Tuple.tuple("/", false), Tuple.tuple("/bugs", true), Tuple.tuple("/alerts", false));
    assertThat(menu.isShown()).isTrue();
  }

  @Test
  void menuWhenSectionAllHiddenThenLeftOut() {
    PageNav withAdmin =
        PageNav.builder(
                s -> Navigation.of(Section.of("Main", LOGOUT, BUGS), Section.of("Admin", SETTINGS)))
            .build();

    Menu menu = withAdmin.navigator(state, "").menu();

    assertThat(menu.sections()).extracting(MenuSection::label).containsExactly("Main");
    assertThat(menu.itemCount()).isEqualTo(2);
  }

  @Test
  void menuWhenExternalPageThenExternalItem() {
    PageNav withDocs = PageNav.builder(s -> Navigation.of(BUGS, DOCS)).build();

    Menu menu = withDocs.navigator(state, "").menu();

    assertThat(menu.sections().get(0).items())
        .last()
        .isEqualTo(new MenuItem("Docs", null, "https://example.org/docs", false, true));
  }

  @Test
  void menuWhenOnlyLoginPageThenNotShown() {
    Navigator navigator = at("/");

    Menu menu = navigator.menu();

    assertThat(menu.itemCount()).isEqualTo(1);
    assertThat(menu.isShown()).isFalse();
  }

  @Test
  void menuWhenPositionHiddenThenNotShownButPagesStillRouted() {
    PageNav hidden =
        PageNav.builder(
                s ->
                    Navigation.builder()
                        .section("", BUGS, ALERTS)
                        .position(MenuPosition.HIDDEN)
                        .build())
            .build();

    Menu menu = hidden.navigator(state, "").menu();
    RoutingDecision decision = hidden.decide(RouteRequest.builder("GET", "/alerts").build(), state);

    assertThat(menu.isShown()).isFalse();
    assertThat(decision.page()).isEqualTo(ALERTS);
  }

  @Test
  void menuWhenExpandedSetThenRestIsCollapsed() {
    PageNav compact =
        PageNav.builder(
                s ->
                    Navigation.builder()
                        .section("", BUGS, ALERTS, SEARCH, LOGOUT)
                        .expanded(3)
                        .build())
            .build();

    Menu menu = compact.navigator(state, "").menu();

    assertThat(menu.expanded()).isEqualTo(3);
    assertThat(menu.collapsedCount()).isEqualTo(1);
  }

  @Test
  void currentPageWhenRenderingThenTheDecisionsPage() {
    Navigator navigator = loggedInAt("/alerts");

    assertThat(navigator.currentPage()).contains(ALERTS);
  }

  @Test
  void navigationWhenPolicyFailsAfterAStateChangeThenAsksItAgainEveryTime() {
    StateKey<Boolean> broken = StateKey.of("broken", Boolean.class, false);
    PageNav fragile =
        PageNav.builder(
                s -> {
                  if (s.get(broken)) {
                    throw new IllegalStateException("policy bug");
                  }
                  return Navigation.of(LOGIN);
                })
            .build();
    Navigator navigator = fragile.navigator(state, "");
    navigator.navigation();

    state.set(broken, true);

    assertThatThrownBy(navigator::navigation).hasMessage("policy bug");
    assertThatThrownBy(navigator::navigation).hasMessage("policy bug");
  }

  @Test
  void rerunWhenPageWasRequestedWithQueryThenKeepsIt() {
    state.set(LOGGED_IN, true);
    RouteRequest post = RouteRequest.builder("POST", "/bugs").query("id=5&q=a b").build();
    Navigator navigator = pageNav.navigator(state, pageNav.decide(post, state), post);

    assertThat(location(navigator::rerun)).isEqualTo("/bugs?id=5&q=a%20b");
  }

  @Test
  void switchPageWhenUrlPathWithQueryThenEncodesIt() {
    Navigator navigator = loggedInAt("/bugs");

    assertThat(location(() -> navigator.switchPage("alerts", Map.of("level", "high & low"))))
        .isEqualTo("/alerts?level=high%20%26%20low");
  }
}
