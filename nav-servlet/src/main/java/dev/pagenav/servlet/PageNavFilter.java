package dev.pagenav.servlet;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.Navigator;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.PageRedirect;
import dev.pagenav.RouteRequest;
import dev.pagenav.RoutingDecision;
import dev.pagenav.RoutingDecision.Outcome;
import dev.pagenav.SessionState;
import dev.pagenav.SessionStateStore;
import dev.pagenav.UnreachableMode;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet adapter's entry point: a filter that routes every request under its mount point by
 * the session's navigation, and serves the pages.
 *
 * <p>Map it at {@code /*} for the {@code REQUEST}, {@code FORWARD} and {@code INCLUDE} dispatcher
 * types, so forwards and includes are authorised like requests:
 *
 * <pre>{@code
 * PageNavFilter filter = PageNavFilter.builder(policy)
 *     .page(login, page -> page.response().getWriter().write(loginForm(page)))
 *     .forward(bugs, "/WEB-INF/bugs.jsp")
 *     .gate(alerts) // served by the application's own servlet at /alerts
 *     .exclude("/static/")
 *     .build();
 * context.addFilter(new FilterHolder(filter), "/*",
 *     EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE));
 * }</pre>
 *
 * <p>Page responses carry {@code Cache-Control: no-store} by default, so the Back button after
 * logout never shows a page of the old navigation.
 */
public final class PageNavFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(PageNavFilter.class);
  private static final String BAD_PATH = "Bad request: the path is malformed or ambiguous.";
  private static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

  private final PageNav pageNav;
  private final PageRoutes routes;
  private final SessionStateStore<HttpServletRequest> store;
  private final @Nullable String cacheControl;

  private PageNavFilter(Builder builder, PageNav pageNav) {
    this.pageNav = pageNav;
    this.routes = new PageRoutes(builder.routes, pageNav.mount());
    this.store = builder.store;
    this.cacheControl = builder.cacheControl;
  }

  /**
   * Returns a builder for a filter that routes by this policy.
   *
   * @param policy computes each session's navigation from its state
   * @return the builder
   */
  public static Builder builder(NavigationPolicy policy) {
    return new Builder(policy);
  }

  /**
   * Returns the application: policy and routing settings.
   *
   * @return the application: policy and routing settings
   */
  public PageNav pageNav() {
    return pageNav;
  }

  @Override
  public void init(FilterConfig config) {
    LOG.info(
        "pagenav routes {} pages under mount point '{}': {}",
        routes.paths().size(),
        pageNav.mount().isEmpty() ? "/" : pageNav.mount(),
        routes.paths());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse
        && isRouted(http.getDispatcherType())) {
      route(http, httpResponse, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  private static boolean isRouted(DispatcherType type) {
    return type == DispatcherType.REQUEST
        || type == DispatcherType.FORWARD
        || type == DispatcherType.INCLUDE;
  }

  private void route(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean dispatch = request.getDispatcherType() != DispatcherType.REQUEST;
    String rawPath = rawPath(request);
    if (dispatch && rawPath != null && PageRoutes.takeGrant(request, rawPath)) {
      chain.doFilter(request, response);
      return;
    }
    if (rawPath == null) {
      LOG.debug("{} outside the context path: BAD_REQUEST", request.getMethod());
      Responses.plain(response, 400, BAD_PATH);
      return;
    }
    SessionState state = load(request);
    RoutingDecision decision = pageNav.decide(routeRequest(request, rawPath, dispatch), state);
    LOG.debug(
        "{} '{}'{}: {} ({})",
        request.getMethod(),
        withoutParameters(rawPath),
        dispatch ? " " + request.getDispatcherType() : "",
        decision.outcome(),
        decision.reason());
    apply(decision, request, response, chain, state);
    warnUnreadable(state);
  }

  /** Cuts a path at its first ';', so a session id sent as a path parameter is never logged. */
  private static String withoutParameters(String rawPath) {
    int semicolon = rawPath.indexOf(';');
    return semicolon < 0 ? rawPath : rawPath.substring(0, semicolon) + ";...";
  }

  private static @Nullable String rawPath(HttpServletRequest request) {
    String uri =
        request.getDispatcherType() == DispatcherType.INCLUDE
            ? (String) request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI)
            : request.getRequestURI();
    String context = request.getContextPath();
    return uri == null || !uri.startsWith(context) ? null : uri.substring(context.length());
  }

  private static RouteRequest routeRequest(
      HttpServletRequest request, String rawPath, boolean dispatch) {
    return RouteRequest.builder(request.getMethod(), rawPath)
        .query(dispatch ? null : request.getQueryString())
        .contextPath(request.getContextPath())
        .serverOrigin(request.getScheme(), request.getServerName(), request.getServerPort())
        .headers(name -> header(request, name))
        .dispatch(dispatch)
        .build();
  }

  /**
   * Returns every value of a header joined, so a repeated header never passes as one.
   *
   * @return every value of a header joined, so a repeated header never passes as one
   */
  private static @Nullable String header(HttpServletRequest request, String name) {
    List<String> values = Collections.list(request.getHeaders(name));
    return values.isEmpty() ? null : String.join(", ", values);
  }

  private SessionState load(HttpServletRequest request) {
    Map<String, String> values;
    try {
      values = store.load(request);
    } catch (RuntimeException e) {
      LOG.error(
          "Session state could not be loaded ({}); the request is treated as having none",
          describe(e));
      values = Map.of();
    }
    return SessionState.of(values, (name, json) -> save(request, name, json));
  }

  private void save(HttpServletRequest request, String name, @Nullable String json) {
    try {
      store.save(request, name, json);
    } catch (RuntimeException e) {
      LOG.error("State key '{}' could not be saved ({}); the change is lost", name, describe(e));
    }
  }

  /**
   * Names an exception by its type and where it was thrown, leaving out its message: a session
   * store's message may hold a session id or a value, which must never reach the log.
   */
  private static String describe(RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
  }

  private void apply(
      RoutingDecision decision,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      SessionState state)
      throws IOException, ServletException {
    Outcome outcome = decision.outcome();
    if (request.getDispatcherType() == DispatcherType.INCLUDE
        && outcome != Outcome.RENDER
        && outcome != Outcome.PASS) {
      return;
    }
    switch (outcome) {
      case PASS -> chain.doFilter(request, response);
      case RENDER -> render(decision, request, response, chain, state);
      case RESOURCE ->
          Resources.serve(
              Objects.requireNonNull(decision.resource()), request.getMethod(), response);
      case MENU -> menuJson(request, response, state);
      case REDIRECT, MOVED ->
          Responses.redirect(
              response, outcome.status(), Objects.requireNonNull(decision.location()));
      case METHOD_NOT_ALLOWED -> {
        response.setHeader("Allow", ALLOW);
        Responses.plain(response, 405, "Method not allowed.");
      }
      case BAD_REQUEST -> Responses.plain(response, 400, BAD_PATH);
      case FORBIDDEN ->
          Responses.plain(response, 403, "Forbidden: the request did not come from this site.");
      case NOT_FOUND -> Responses.plain(response, 404, "Not found.");
    }
  }

  private void render(
      RoutingDecision decision,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      SessionState state)
      throws IOException, ServletException {
    Page page = Objects.requireNonNull(decision.page());
    Navigator navigator = pageNav.navigator(state, decision, request.getContextPath());
    String resources = request.getContextPath() + pageNav.mount() + "/_pagenav/";
    Object outer = request.getAttribute(PageContext.ATTRIBUTE);
    request.setAttribute(
        PageContext.ATTRIBUTE, new PageContext(request, response, navigator, store, resources));
    if (cacheControl != null) {
      response.setHeader("Cache-Control", cacheControl);
    }
    try {
      routes.serve(page, decision.atRoot(), request, response, chain);
    } catch (PageRedirect redirect) {
      redirect(response, redirect);
    } catch (ServletException | IOException | RuntimeException e) {
      PageRedirect redirect = redirectIn(e);
      if (redirect == null) {
        throw e;
      }
      redirect(response, redirect);
    } finally {
      request.setAttribute(PageContext.ATTRIBUTE, outer);
    }
  }

  private static @Nullable PageRedirect redirectIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof PageRedirect redirect) {
        return redirect;
      }
    }
    return null;
  }

  private static void redirect(HttpServletResponse response, PageRedirect redirect) {
    if (response.isCommitted()) {
      LOG.warn(
          "A page switched to '{}' after its response was committed, so the redirect was"
              + " dropped. Call switchPage or rerun before writing output.",
          redirect.location());
      return;
    }
    Responses.redirect(response, 303, redirect.location());
  }

  private void menuJson(
      HttpServletRequest request, HttpServletResponse response, SessionState state)
      throws IOException {
    String json = pageNav.navigator(state, request.getContextPath()).menu().toJson();
    response.setStatus(200);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json);
  }

  private static void warnUnreadable(SessionState state) {
    if (!state.unreadableKeys().isEmpty()) {
      LOG.warn(
          "Session state keys {} could not be read as their types and were treated as absent;"
              + " they were written by another version of the application or with another type.",
          state.unreadableKeys());
    }
  }

  /** Builds a {@link PageNavFilter}; {@link #build()} reports every problem at once. */
  public static final class Builder {

    private final PageNav.Builder pageNav;
    private final Map<String, PageRoutes.Route> routes = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private SessionStateStore<HttpServletRequest> store = new HttpSessionStateStore();
    private @Nullable String cacheControl = "no-store";

    private Builder(NavigationPolicy policy) {
      this.pageNav = PageNav.builder(policy);
    }

    /**
     * Serves a page with a handler.
     *
     * @param page the page
     * @param handler renders it
     * @return this builder
     */
    public Builder page(Page page, PageHandler handler) {
      return add(page, PageRoutes.handler(Objects.requireNonNull(handler, "handler")));
    }

    /**
     * Serves a page by forwarding to a servlet path or JSP, such as {@code /WEB-INF/bugs.jsp}.
     *
     * @param page the page
     * @param path the context-relative path to forward to, starting with {@code /}
     * @return this builder
     */
    public Builder forward(Page page, String path) {
      if (!path.startsWith("/") || path.contains("?") || path.contains(";")) {
        problems.add(
            "The forward path '"
                + path
                + "' of page '"
                + page.key()
                + "' must start with '/' and hold no query or ';', such as"
                + " '/WEB-INF/bugs.jsp'.");
      }
      return add(page, PageRoutes.forward(path));
    }

    /**
     * Declares pages served by the application's own servlets at the pages' URLs: the filter only
     * decides whether the request may reach them.
     *
     * @param gated the pages
     * @return this builder
     */
    public Builder gate(Page... gated) {
      for (Page page : gated) {
        add(page, PageRoutes.gate());
      }
      return this;
    }

    private Builder add(Page page, PageRoutes.Route route) {
      if (page.isExternal()) {
        problems.add(
            "External page '" + page.title() + "' is never routed; leave it out of the filter.");
        return this;
      }
      if (routes.putIfAbsent(page.urlPath(), route) != null) {
        problems.add("Page '" + page.urlPath() + "' is registered twice. Register each page once.");
      }
      pages.add(page);
      return this;
    }

    /**
     * Serves the pages under a path instead of at the root of the context.
     *
     * @param mount such as {@code /app}
     * @return this builder
     */
    public Builder mount(String mount) {
      pageNav.mount(mount);
      return this;
    }

    /**
     * Passes paths through untouched: a path ending in {@code /} excludes everything under it.
     *
     * @param paths such as {@code /static/} or {@code /favicon.ico}
     * @return this builder
     */
    public Builder exclude(String... paths) {
      pageNav.exclude(paths);
      return this;
    }

    /**
     * Sets what a request for a page outside the navigation gets; a redirect by default.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder unreachable(UnreachableMode mode) {
      pageNav.unreachable(mode);
      return this;
    }

    /**
     * Serves the session's menu as JSON at a path; off by default.
     *
     * @param path such as {@code /api/menu}
     * @return this builder
     */
    public Builder menuJson(String path) {
      pageNav.menuJson(path);
      return this;
    }

    /**
     * Turns the same-origin check for state-changing requests off, when the application already
     * checks CSRF tokens.
     *
     * @param enabled whether to check, true by default
     * @return this builder
     */
    public Builder sameOriginCheck(boolean enabled) {
      pageNav.sameOriginCheck(enabled);
      return this;
    }

    /**
     * Keeps session state in another store; by default in the HttpSession.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(SessionStateStore<HttpServletRequest> store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the {@code Cache-Control} header of page responses; {@code no-store} by default.
     *
     * @param value the header value, or null to leave the header to the page
     * @return this builder
     */
    public Builder cacheControl(@Nullable String value) {
      this.cacheControl = value;
      return this;
    }

    /**
     * Validates everything and returns the filter.
     *
     * @return the filter
     * @throws IllegalArgumentException naming every offending value
     */
    public PageNavFilter build() {
      List<String> all = new ArrayList<>(problems);
      PageNav built = null;
      try {
        built = pageNav.pages(pages.toArray(Page[]::new)).build();
      } catch (IllegalArgumentException e) {
        all.add(e.getMessage());
      }
      if (built == null || !all.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid pagenav filter configuration: " + String.join(" ", all));
      }
      return new PageNavFilter(this, built);
    }
  }
}
