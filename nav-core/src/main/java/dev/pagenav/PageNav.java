package dev.pagenav;

import dev.pagenav.RoutingDecision.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * pagenav's entry point: the application's navigation policy with the settings that route requests
 * by it.
 *
 * <p>One instance serves the whole application. For each request an adapter asks {@link #decide}
 * what to do, then gives the page's handler a {@link Navigator} from {@link #navigator} to switch
 * pages, make links and draw the menu:
 *
 * <pre>{@code
 * Page login = Page.of("login", "Log in", ":material/login:");
 * Page dashboard = Page.of("dashboard", "Dashboard", ":material/dashboard:");
 * PageNav pageNav = PageNav.builder(state -> state.get(LOGGED_IN)
 *         ? Navigation.of(dashboard)
 *         : Navigation.of(login))
 *     .applicationPages(login, dashboard)
 *     .build();
 *
 * RoutingDecision decision = pageNav.decide(RouteRequest.builder("GET", "/bugs").build(), state);
 * }</pre>
 */
public final class PageNav {

  private static final String RESOURCES = "/" + UrlPaths.RESERVED_SEGMENT + "/";

  static final StateKey<String> NOTICE = StateKey.reserved("notice", String.class);
  static final StateKey<String> RETURN_TO = StateKey.reserved("return_to", String.class);

  static boolean isOwnKey(StateKey<?> key) {
    return key == NOTICE || key == RETURN_TO;
  }

  private final NavigationPolicy policy;
  private final String mount;
  private final Exclusions excluded;
  private final Exclusions internal;
  private final UnreachableMode unreachableMode;
  private final Set<String> applicationPages;

  /** The request paths of the application pages, such as {@code /app/reports/bugs}. */
  private final Set<String> pagePaths;

  private final @Nullable String menuJsonPath;
  private final boolean sameOriginCheck;

  private PageNav(
      Builder builder, String mount, @Nullable String menuJsonPath, Set<String> applicationPages) {
    this.policy = builder.policy;
    this.mount = mount;
    this.excluded = builder.excluded;
    this.internal = builder.internal;
    this.unreachableMode = builder.unreachableMode;
    this.applicationPages = Set.copyOf(applicationPages);
    this.pagePaths =
        applicationPages.stream().map(page -> mount + "/" + page).collect(Collectors.toSet());
    this.menuJsonPath = menuJsonPath;
    this.sameOriginCheck = builder.sameOriginCheck;
  }

  /**
   * Returns a builder for an application with this policy.
   *
   * @param policy computes each session's navigation from its state
   * @return the builder
   */
  public static Builder builder(NavigationPolicy policy) {
    return new Builder(policy);
  }

  /**
   * Computes a session's navigation with the application's policy.
   *
   * @param state the session's state
   * @return the navigation
   * @throws IllegalStateException if the policy returns null
   */
  public Navigation navigationFor(SessionState state) {
    Navigation navigation = policy.navigationFor(state);
    if (navigation == null) {
      throw new IllegalStateException(
          "The navigation policy returned null. Return a Navigation for every session state,"
              + " for instance one with only the login page.");
    }
    return navigation;
  }

  /**
   * Decides what one request gets. A redirect for an unreachable page records, in the state, the
   * "page not found" notice and the page to return to.
   *
   * @param request the request
   * @param state the session's state
   * @return the decision with its reason
   */
  public RoutingDecision decide(RouteRequest request, SessionState state) {
    String raw = request.rawPath();
    // The common request names an application page by its own path. That path is canonical, under
    // the mount point, and neither internal, excluded, a resource nor the menu JSON, as build()
    // makes sure: only the method and the navigation decide it.
    if (pagePaths.contains(raw)) {
      return decidePage(request, raw, false, state);
    }
    String rejection = UrlPaths.rejection(raw);
    if (rejection != null) {
      return RoutingDecision.of(Outcome.BAD_REQUEST, "path rejected: " + rejection);
    }
    String path = UrlPaths.canonicalPath(raw);
    boolean trailingSlash = UrlPaths.hasTrailingSlash(raw);
    // Internal paths and the menu JSON path are within the context, so they may lie outside the
    // mount point: both are matched before it.
    if (internal.matches(path)) {
      return request.isDispatch()
          ? RoutingDecision.of(Outcome.PASS, "internal path, dispatched by the application")
          : RoutingDecision.of(Outcome.NOT_FOUND, "internal path requested by a client");
    }
    if (!trailingSlash && path.equals(menuJsonPath)) {
      return RoutingDecision.of(Outcome.MENU, "menu JSON");
    }
    if (!UrlPaths.isAtOrUnder(path, mount)) {
      return RoutingDecision.of(Outcome.PASS, "outside the mount point");
    }
    if (!trailingSlash && path.startsWith(RESOURCES, mount.length())) {
      return RoutingDecision.resource(path.substring(mount.length() + RESOURCES.length()));
    }
    if (excluded.matches(path)) {
      return RoutingDecision.of(Outcome.PASS, "excluded path");
    }
    return decidePage(request, path, trailingSlash, state);
  }

  /**
   * Decides a request for a page, given its canonical path under the mount point. A page in the
   * navigation gets the navigation's own decision for it, so that deciding allocates nothing.
   */
  private RoutingDecision decidePage(
      RouteRequest request, String path, boolean trailingSlash, SessionState state) {
    if (!request.isKnownMethod()) {
      return RoutingDecision.of(Outcome.METHOD_NOT_ALLOWED, "unknown method");
    }
    // Where the page's url path starts: after the mount point and its '/'.
    int from = mount.length() + 1;
    boolean atRoot = path.length() <= from;
    if (trailingSlash && !atRoot) {
      return RoutingDecision.redirect(
          Outcome.MOVED,
          withQuery(base(request) + UrlPaths.toUrl(path.substring(mount.length())), request),
          "trailing slash");
    }
    if (atRoot && !mount.isEmpty() && !trailingSlash) {
      return RoutingDecision.redirect(
          Outcome.MOVED, withQuery(base(request) + "/", request), "mount point without '/'");
    }
    Navigation navigation = navigationFor(state);
    if (atRoot) {
      return render(request, navigation.rootRoute());
    }
    RoutingDecision route = navigation.route(path, mount);
    if (route == null) {
      return unreachable(request, path.substring(from), base(request), state);
    }
    if (route.page() == navigation.defaultPage() && request.isRead() && !request.isDispatch()) {
      return RoutingDecision.redirect(
          Outcome.REDIRECT, withQuery(base(request) + "/", request), "default page is at the root");
    }
    return render(request, route);
  }

  private RoutingDecision render(RouteRequest request, RoutingDecision route) {
    if (sameOriginCheck && request.isStateChanging() && !request.isSameOrigin()) {
      return RoutingDecision.of(Outcome.FORBIDDEN, "cross-origin " + request.method());
    }
    return route;
  }

  private String base(RouteRequest request) {
    return request.contextPath() + mount;
  }

  private RoutingDecision unreachable(
      RouteRequest request, String relative, String base, SessionState state) {
    String reason = "page '" + relative + "' is not in the session's navigation";
    boolean declared = applicationPages.contains(relative);
    if (request.isTopLevelNavigation() && declared) {
      state.set(RETURN_TO, relative);
    }
    if (unreachableMode == UnreachableMode.NOT_FOUND) {
      return RoutingDecision.of(Outcome.NOT_FOUND, reason);
    }
    // An unknown path from a visitor without state gets no notice, so scanners make no sessions.
    if (request.isTopLevelNavigation() && (declared || !state.names().isEmpty())) {
      state.set(NOTICE, declared ? relative : "");
    }
    return RoutingDecision.redirect(Outcome.UNREACHABLE, base + "/", reason);
  }

  /**
   * Returns the navigator for a request whose decision was {@link Outcome#RENDER}.
   *
   * @param state the session's state
   * @param decision the request's decision; its page becomes the current page
   * @param request the request, whose context path prefixes links and whose query a rerun keeps
   * @return the navigator
   */
  public Navigator navigator(SessionState state, RoutingDecision decision, RouteRequest request) {
    return new Navigator(
        this, state, decision.page(), base(request), decision.navigation(), request);
  }

  /**
   * Returns a navigator with no current page, for code outside a page such as an API handler.
   *
   * @param state the session's state
   * @param contextPath the context path that prefixes links
   * @return the navigator
   */
  public Navigator navigator(SessionState state, String contextPath) {
    return new Navigator(this, state, null, contextPath + mount, null, null);
  }

  /**
   * Returns the mount point, empty or such as {@code /app}.
   *
   * @return the mount point, empty or such as {@code /app}
   */
  public String mount() {
    return mount;
  }

  /**
   * Returns the url paths of the application's pages: those declared with {@link
   * Builder#applicationPages} and the mapped paths that the navigation guards.
   *
   * @return the url paths of the application's pages
   */
  public Set<String> applicationPages() {
    return applicationPages;
  }

  private static String withQuery(String location, RouteRequest request) {
    return UrlPaths.withQuery(location, request.rawQuery());
  }

  /** Builds a {@link PageNav}; {@link #build()} reports every configuration problem at once. */
  public static final class Builder {

    private final NavigationPolicy policy;
    private String mount = "";
    private final Exclusions excluded = new Exclusions("excluded path");
    private final Exclusions internal = new Exclusions("internal path");
    private final List<String> problems = new ArrayList<>();
    private UnreachableMode unreachableMode = UnreachableMode.REDIRECT;
    private final Set<String> applicationPages = new LinkedHashSet<>();
    private final Set<String> mappedPaths = new LinkedHashSet<>();
    private @Nullable String menuJsonPath;
    private boolean sameOriginCheck = true;

    private Builder(NavigationPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Serves the pages under a path instead of at the root of the context.
     *
     * @param mount such as {@code /app}; {@code /} or empty for the root, the default
     * @return this builder
     */
    public Builder mount(String mount) {
      this.mount = Objects.requireNonNull(mount, "mount; use \"/\" for the root");
      return this;
    }

    /**
     * Passes paths through untouched, for static assets and APIs. A path ending in {@code /}
     * excludes everything under it; any other path excludes itself only.
     *
     * <p>Note: requests for excluded paths are still canonicalised, so a malformed path under them
     * is answered with 400.
     *
     * @param paths such as {@code /static/} or {@code /favicon.ico}, within the context
     * @return this builder
     */
    public Builder exclude(String... paths) {
      for (String path : paths) {
        excluded.add(path, problems);
      }
      return this;
    }

    /**
     * Declares paths that only the application dispatches to, such as forward targets and the
     * servlet container's {@code /WEB-INF/}: forwards and includes to them pass untouched, and a
     * client's request for them gets 404 wherever they lie, inside the mount point or not.
     *
     * @param paths a path ending in {@code /} for everything under it, such as {@code /WEB-INF/},
     *     or an exact path, within the context
     * @return this builder
     */
    public Builder internal(String... paths) {
      for (String path : paths) {
        internal.add(path, problems);
      }
      return this;
    }

    /**
     * Sets what a request for a page outside the navigation gets; the default is {@link
     * UnreachableMode#REDIRECT}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder unreachable(UnreachableMode mode) {
      this.unreachableMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Declares every page of the application, in any navigation. This routes nothing: the session's
     * navigation alone decides what is reachable. A declared page that a session cannot reach yet
     * is remembered as the page to return to after login, and named in the "page not found" notice;
     * any other path is not. Adapters declare the pages registered with them.
     *
     * @param pages every page of the application
     * @return this builder
     */
    public Builder applicationPages(Page... pages) {
      for (Page page : pages) {
        if (!page.isExternal()) {
          applicationPages.add(page.urlPath());
        }
      }
      return this;
    }

    /**
     * Declares the paths that the host framework maps to handlers, such as the request mappings of
     * Spring MVC controllers. Those that the navigation guards (valid url paths under the mount
     * point, neither excluded nor internal) count as {@link #applicationPages application pages};
     * the others, such as patterns with variables or paths of excluded APIs, are left out.
     *
     * @param paths paths within the context, such as {@code /reports/bugs}
     * @return this builder
     */
    public Builder mappedPaths(Collection<String> paths) {
      paths.forEach(path -> mappedPaths.add(Objects.requireNonNull(path, "mapped path")));
      return this;
    }

    /**
     * Serves the session's menu as JSON at a path; off by default.
     *
     * @param path such as {@code /api/menu}, within the context
     * @return this builder
     */
    public Builder menuJson(String path) {
      this.menuJsonPath = Objects.requireNonNull(path, "menu JSON path");
      return this;
    }

    /**
     * Turns the same-origin check for POST, PUT, PATCH and DELETE requests to pages on or off. Turn
     * it off only when the host framework already checks CSRF tokens.
     *
     * @param enabled whether to check, true by default
     * @return this builder
     */
    public Builder sameOriginCheck(boolean enabled) {
      this.sameOriginCheck = enabled;
      return this;
    }

    /**
     * Validates the settings and returns the application.
     *
     * @return the application
     * @throws IllegalArgumentException naming every offending value
     */
    public PageNav build() {
      List<String> found = new ArrayList<>(problems);
      String normalisedMount =
          mount.isEmpty() || mount.equals("/") ? "" : normalise(mount, "mount point", found);
      String menu = menuJsonPath == null ? null : normalise(menuJsonPath, "menu JSON path", found);
      String base = normalisedMount == null ? "" : normalisedMount;
      if (menu != null && (menu.equals(base) || excluded.matches(menu))) {
        found.add(
            "The menu JSON path '"
                + menuJsonPath
                + "' is the mount point or an excluded path. Give it a path of its own, such as"
                + " '/api/menu'.");
      }
      if (menu != null && mappedPaths.contains(menu)) {
        found.add(
            "The menu JSON path '"
                + menuJsonPath
                + "' is also mapped by the application, whose handler it would hide. Give the menu"
                + " JSON a path of its own, such as '/api/menu'.");
      }
      for (String page : applicationPages) {
        String path = base + "/" + page;
        if (excluded.matches(path) || internal.matches(path) || path.equals(menu)) {
          found.add(
              "Page '"
                  + page
                  + "' is at a path that is excluded, internal or used for the menu JSON, so the"
                  + " navigation would not guard it. Remove the exclusion or move the page.");
        }
      }
      if (!found.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid pagenav configuration: " + String.join(" ", found));
      }
      Set<String> pages = new LinkedHashSet<>(applicationPages);
      for (String mapped : mappedPaths) {
        String page = guardedPage(mapped, base, menu);
        if (page != null) {
          pages.add(page);
        }
      }
      return new PageNav(this, base, menu, pages);
    }

    /**
     * Returns the url path of the page at a mapped path, or null if the navigation does not guard
     * it.
     */
    private @Nullable String guardedPage(String path, String base, @Nullable String menu) {
      if (!path.startsWith(base + "/")
          || path.endsWith("/")
          || path.equals(menu)
          || excluded.matches(path)
          || internal.matches(path)) {
        return null;
      }
      try {
        return UrlPaths.normalise(path.substring(base.length()), "mapped path");
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static @Nullable String normalise(String path, String what, List<String> found) {
      try {
        return "/" + UrlPaths.normalise(path, what);
      } catch (IllegalArgumentException e) {
        found.add(e.getMessage());
        return null;
      }
    }
  }
}
