package dev.pagenav.bench;

import dev.pagenav.Navigation;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.RouteRequest;
import dev.pagenav.RoutingDecision;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The decision for one request target, given the session's navigation: pagenav, Spring Security
 * authorising the same pages for the same role with one path matcher per page, and a bare {@code
 * HashMap} lookup of the canonical path as the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

  private static final StateKey<String> ROLE = StateKey.of("role", String.class, "");

  @Param({"10", "100", "1000"})
  int pages;

  @Param({"first", "middle", "last", "miss", "malformed"})
  String target;

  private PageNav pageNav;
  private SessionState state;
  private RouteRequest route;
  private String path;
  private char[] pathChars;
  private RequestMatcherDelegatingAuthorizationManager springSecurity;
  private MockHttpServletRequest request;
  private Supplier<Authentication> user;
  private Map<String, Object> floor;
  private String canonical;

  /** Builds the application, the Spring Security rules and the request once per trial. */
  @Setup
  public void setUp() {
    GeneratedApp app = new GeneratedApp(pages);
    Navigation navigation = app.navigation();
    pageNav =
        PageNav.builder(session -> navigation)
            .applicationPages(app.pages.toArray(Page[]::new))
            .applicationPages(app.home)
            .build();
    state = SessionState.empty();
    state.set(ROLE, "user");
    path = app.target(target);
    route = RouteRequest.builder("GET", path).build();
    pathChars = path.toCharArray();

    RequestMatcherDelegatingAuthorizationManager.Builder rules =
        RequestMatcherDelegatingAuthorizationManager.builder();
    PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
    for (Page page : app.pages) {
      rules.add(
          matchers.matcher("/" + page.urlPath()), AuthorityAuthorizationManager.hasRole("USER"));
    }
    springSecurity = rules.build();
    request = new MockHttpServletRequest("GET", path);
    Authentication authentication = new TestingAuthenticationToken("user", "", "ROLE_USER");
    user = () -> authentication;

    floor = new HashMap<>();
    app.pages.forEach(page -> floor.put(page.urlPath(), page));
    canonical = path.substring(1);
  }

  /**
   * pagenav: checks and canonicalises the raw target, computes the session's navigation and looks
   * the page up in it. The request is made once, as Spring Security's is.
   */
  @Benchmark
  public RoutingDecision pagenav() {
    return pageNav.decide(route, state);
  }

  /**
   * pagenav as a servlet container calls it: a new path string, whose hash is not computed yet, and
   * a new route request for each request. What this allocates beyond {@link #pagenav} is theirs.
   */
  @Benchmark
  public RoutingDecision pagenavNewRequest() {
    return pageNav.decide(RouteRequest.builder("GET", new String(pathChars)).build(), state);
  }

  /**
   * Spring Security: tries the page matchers in order, then the matched rule's role check. The
   * parsed path is dropped first, as a new request would not have it.
   */
  @Benchmark
  public AuthorizationResult springSecurity() {
    request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
    return springSecurity.authorize(user, request);
  }

  /** The floor: one hash lookup of the already canonical path. */
  @Benchmark
  public Object hashMapFloor() {
    return floor.get(canonical);
  }
}
