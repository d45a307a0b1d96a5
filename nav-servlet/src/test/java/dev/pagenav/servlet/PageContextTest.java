package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.pagenav.Navigation;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.RouteRequest;
import dev.pagenav.RoutingDecision;
import dev.pagenav.SessionState;
import dev.pagenav.SessionStateStore;
import dev.pagenav.StateKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PageContextTest {

  private static final StateKey<Boolean> IN = StateKey.of("in", Boolean.class, false);
  private static final Page HOME = Page.of("home", "Home");
  private static final Page SECRET = Page.of("secret", "Secret");

  private final RecordingStore recording = new RecordingStore();
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final PageNav pageNav =
      PageNav.builder(s -> s.get(IN) ? Navigation.of(HOME, SECRET) : Navigation.of(HOME))
          .mount("/app")
          .build();

  private PageContext at(String rawPath, SessionState state) {
    RouteRequest route = RouteRequest.builder("GET", rawPath).contextPath("/ctx").build();
    RoutingDecision decision = pageNav.decide(route, state);
    return new PageContext(
        request,
        mock(HttpServletResponse.class),
        pageNav.navigator(state, decision, route),
        new StateStore(recording),
        "/ctx/app/_pagenav/");
  }

  private SessionState loggedIn() {
    SessionState state = SessionState.of(Map.of(), (name, json) -> {});
    state.set(IN, true);
    return state;
  }

  @Test
  void linkHtmlWhenPageUnreachableThenEmpty() {
    PageContext page = at("/app/", SessionState.empty());

    assertThat(page.linkHtml(SECRET)).isEmpty();
  }

  @Test
  void linkHtmlWhenPageReachableThenAnchorUnderContextAndMount() {
    PageContext page = at("/app/", loggedIn());

    assertThat(page.linkHtml(SECRET)).contains("href=\"/ctx/app/secret\"").contains(">Secret<");
  }

  @Test
  void currentPageWhenRenderedAtTheRootThenTheDefaultPage() {
    assertThat(at("/app/", SessionState.empty()).currentPage()).isEqualTo(HOME);
  }

  @Test
  void stylesheetHtmlWhenMountedThenPointsAtTheLibrarysResources() {
    PageContext page = at("/app/", SessionState.empty());

    assertThat(page.stylesheetHtml())
        .isEqualTo("<link rel=\"stylesheet\" href=\"/ctx/app/_pagenav/pagenav.css\">");
  }

  @Test
  void loginWhenCalledThenTheStoreRenewsTheSessionId() {
    PageContext page = at("/app/", SessionState.empty());

    page.login();

    assertThat(recording.calls).containsExactly("renew");
  }

  @Test
  void logoutWhenCalledThenTheStoreEndsTheSessionAndTheNavigationIsAnonymous() {
    PageContext page = at("/app/secret", loggedIn());

    page.logout();

    assertThat(recording.calls).containsExactly("delete");
    assertThat(page.navigation().contains(SECRET)).isFalse();
  }

  @Test
  void ofWhenTheFilterBoundTheContextThenReturnsIt() {
    PageContext page = at("/app/", SessionState.empty());
    when(request.getAttribute(PageContext.ATTRIBUTE)).thenReturn(page);

    assertThat(PageContext.of(request)).isSameAs(page);
  }

  /** A store that records what it was asked to do. */
  private static final class RecordingStore implements SessionStateStore<HttpServletRequest> {

    final List<String> calls = new ArrayList<>();
    final Map<String, String> values = new HashMap<>();

    @Override
    public Map<String, String> load(HttpServletRequest session) {
      return values;
    }

    @Override
    public void save(HttpServletRequest session, String name, @Nullable String json) {
      calls.add("save " + name);
    }

    @Override
    public HttpServletRequest renew(HttpServletRequest session) {
      calls.add("renew");
      return session;
    }

    @Override
    public void delete(HttpServletRequest session) {
      calls.add("delete");
    }
  }
}
