package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.PageRedirect;
import dev.pagenav.RoutingDecision;
import dev.pagenav.RoutingDecision.Outcome;
import dev.pagenav.SessionState;
import dev.pagenav.SessionStateStore;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageNavFilterTest {

  private static final Page HOME = Page.of("home");
  private static final NavigationPolicy POLICY = state -> Navigation.of(HOME);

  @Test
  void buildWhenPageRegisteredTwiceThenNamesIt() {
    PageNavFilter.Builder builder = PageNavFilter.builder(POLICY).gate(HOME).gate(HOME);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Page 'home' is registered twice. Register each page once.");
  }

  @Test
  void buildWhenForwardPathIsRelativeThenNamesIt() {
    PageNavFilter.Builder builder = PageNavFilter.builder(POLICY).forward(HOME, "home.jsp");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "The forward path 'home.jsp' of page 'home' must be '/'-separated segments");
  }

  @Test
  void buildWhenSeveralProblemsThenReportsAllAtOnce() {
    PageNavFilter.Builder builder =
        PageNavFilter.builder(POLICY)
            .gate(Page.external("https://example.org", "Docs"))
            .mount("/a b")
            .exclude("static/");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("External page 'Docs' is never routed")
        .hasMessageContaining("Invalid mount point '/a b'")
        .hasMessageContaining("Excluded path 'static/' must start with '/'");
  }

  @Test
  void buildWhenPageIsExcludedThenRefusesToLeaveItUnguarded() {
    PageNavFilter.Builder builder = PageNavFilter.builder(POLICY).gate(HOME).exclude("/home");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Page 'home' is at a path that is excluded");
  }

  @Test
  void buildWhenValidThenExposesTheApplication() {
    PageNavFilter filter = PageNavFilter.builder(POLICY).gate(HOME).mount("/app/").build();

    assertThat(filter.pageNav().mount()).isEqualTo("/app");
    assertThat(filter.pageNav().applicationPages()).containsExactly("home");
  }

  @Test
  void pageContextWhenNoPageIsRenderedThenExplains() {
    HttpServletRequest request = mock(HttpServletRequest.class);

    assertThatThrownBy(() -> PageContext.of(request))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No pagenav page is being rendered for this request");
  }

  @Test
  void doFilterWhenStoreFailsToLoadThenFailsClosedToTheEmptyState() throws Exception {
    PageNavFilter filter = secretFilter(new FailingStore(true, false));
    HttpServletResponse response = response(new StringWriter());

    filter.doFilter(get("/secret"), response, mock(FilterChain.class));

    verify(response).setStatus(303);
    verify(response).setHeader("Location", "/");
  }

  @Test
  void doFilterWhenStoreFailsToSaveThenServiceUnavailable() throws Exception {
    PageNavFilter filter = secretFilter(new FailingStore(true, true));
    StringWriter body = new StringWriter();
    HttpServletResponse response = response(body);

    filter.doFilter(get("/secret"), response, mock(FilterChain.class));

    verify(response).setStatus(503);
    verify(response).setHeader("Retry-After", "5");
    assertThat(body.toString()).contains("session storage is failing");
  }

  @Test
  void buildWhenFilterAndCoreSettingsInvalidThenOneMessageNamesBoth() {
    PageNavFilter.Builder builder =
        PageNavFilter.builder(POLICY).forward(HOME, "home.jsp").mount("/a b");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid pagenav configuration: The forward path 'home.jsp'")
        .hasMessageContaining("Invalid mount point '/a b'")
        .message()
        .doesNotContain("configuration: Invalid pagenav configuration");
  }

  @Test
  void decideWhenPageOutsideNavigationThenDeniesWithoutChangingState() {
    RecordingStore store = new RecordingStore();
    PageNavFilter filter = secretFilter(store);

    RoutingDecision decision = filter.decide(get("/secret"));

    assertThat(decision.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(decision.outcome().denies()).isTrue();
    assertThat(store.saved).isEmpty();
  }

  @Test
  void decideWhenPageInNavigationThenRenderDecision() {
    PageNavFilter filter = secretFilter(new FailingStore(false, false));

    RoutingDecision decision = filter.decide(get("/secret"));

    assertThat(decision.outcome()).isEqualTo(Outcome.RENDER);
    assertThat(decision.page()).isEqualTo(Page.of("secret"));
  }

  @ParameterizedTest
  @CsvSource({"/ctx;x/home, /ctx;x", "/%63tx/home, /%63tx", "/x/../ctx/home, /x/../ctx"})
  void decideWhenContextPathNotCanonicalThenBadRequest(String uri, String contextPath) {
    PageNavFilter filter = secretFilter(new FailingStore(false, false));

    RoutingDecision decision = filter.decide(get(uri, contextPath, "/ctx"));

    assertThat(decision.outcome()).isEqualTo(Outcome.BAD_REQUEST);
  }

  @Test
  void sendRedirectWhenNotCommittedThen303ToTheLocation() {
    HttpServletResponse response = mock(HttpServletResponse.class);

    PageNavFilter.sendRedirect(redirectTo(), response);

    verify(response).setStatus(303);
    verify(response).setHeader("Location", "/");
  }

  @Test
  void sendRedirectWhenCommittedThenDropped() {
    HttpServletResponse response = mock(HttpServletResponse.class);
    when(response.isCommitted()).thenReturn(true);

    PageNavFilter.sendRedirect(redirectTo(), response);

    verify(response, never()).setStatus(anyInt());
  }

  @Test
  void mappedPathsWhenDeclaredThenApplicationPagesOfTheFilter() {
    PageNavFilter filter =
        PageNavFilter.builder(POLICY)
            .exclude("/api/")
            .internal("/error")
            .mappedPaths(List.of("/home", "/reports/bugs", "/api/items", "/error", "/users/{id}"))
            .build();

    assertThat(filter.pageNav().applicationPages())
        .containsExactlyInAnyOrder("home", "reports/bugs");
  }

  private static PageRedirect redirectTo() {
    try {
      PageNav.builder(POLICY).build().navigator(SessionState.empty(), "").switchPage(HOME);
    } catch (PageRedirect redirect) {
      return redirect;
    }
    throw new AssertionError("switchPage did not throw");
  }

  private static PageNavFilter secretFilter(SessionStateStore<HttpServletRequest> store) {
    Page secret = Page.of("secret");
    return PageNavFilter.builder(
            state -> state.names().isEmpty() ? Navigation.of(HOME) : Navigation.of(HOME, secret))
        .gate(HOME, secret)
        .store(store)
        .build();
  }

  private static HttpServletResponse response(StringWriter body) throws Exception {
    HttpServletResponse response = mock(HttpServletResponse.class);
    when(response.getWriter()).thenReturn(new PrintWriter(body));
    return response;
  }

  private static HttpServletRequest get(String uri) {
    return get(uri, "", "");
  }

  private static HttpServletRequest get(String uri, String contextPath, String configured) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    ServletContext context = mock(ServletContext.class);
    when(context.getContextPath()).thenReturn(configured);
    when(request.getServletContext()).thenReturn(context);
    when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
    when(request.getMethod()).thenReturn("GET");
    when(request.getRequestURI()).thenReturn(uri);
    when(request.getContextPath()).thenReturn(contextPath);
    when(request.getScheme()).thenReturn("http");
    when(request.getServerName()).thenReturn("localhost");
    when(request.getServerPort()).thenReturn(8080);
    when(request.getHeaders(anyString())).thenAnswer(call -> Collections.emptyEnumeration());
    return request;
  }

  /** A store that keeps what is saved, to show that nothing is. */
  private static final class RecordingStore implements SessionStateStore<HttpServletRequest> {

    private final Map<String, String> saved = new HashMap<>();

    @Override
    public Map<String, String> load(HttpServletRequest session) {
      return Map.of();
    }

    @Override
    public void save(HttpServletRequest session, String name, @Nullable String json) {
      saved.put(name, String.valueOf(json));
    }

    @Override
    public HttpServletRequest renew(HttpServletRequest session) {
      return session;
    }

    @Override
    public void delete(HttpServletRequest session) {}
  }

  /** A store whose backend is down for loading, and for writing too if told so. */
  private static final class FailingStore implements SessionStateStore<HttpServletRequest> {

    private final boolean failLoad;
    private final boolean failWrite;

    FailingStore(boolean failLoad, boolean failWrite) {
      this.failLoad = failLoad;
      this.failWrite = failWrite;
    }

    @Override
    public Map<String, String> load(HttpServletRequest session) {
      if (failLoad) {
        throw new IllegalStateException("backend down");
      }
      return Map.of("role", "\"admin\"");
    }

    @Override
    public void save(HttpServletRequest session, String name, @Nullable String json) {
      if (failWrite) {
        throw new IllegalStateException("backend down");
      }
    }

    @Override
    public HttpServletRequest renew(HttpServletRequest session) {
      return session;
    }

    @Override
    public void delete(HttpServletRequest session) {}
  }
}
