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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet adapter's entry point: a filter that routes every request under its mount point by
 * the session's navigation, and serves the pages.
 *
 * <p>Map it at {@code /*} for every dispatcher type, so forwards, includes, error pages and async
 * dispatches are authorised like requests:
 *
 * <pre>{@code
 * PageNavFilter filter = PageNavFilter.builder(policy)
 *     .page(login, page -> page.response().getWriter().write(loginForm(page)))
 *     .forward(bugs, "/WEB-INF/bugs.jsp")
 *     .gate(alerts) // served by the application's own servlet at /alerts
 *     .exclude("/static/")
 *     .build();
 * context.addFilter(new FilterHolder(filter), "/*", EnumSet.allOf(DispatcherType.class));
 * }</pre>
 *
 * <p>Inside an include or an error dispatch the filter cannot answer with a status of its own, so a
 * target outside the navigation is left out: nothing is written for it. Forward targets, {@code
 * /WEB-INF/} and {@code /META-INF/} are internal paths: dispatches to them pass, and clients asking
 * for them get 404.
 *
 * <p>Page responses carry {@code Cache-Control: no-store} by default, so the Back button after
 * logout never shows a page of the old navigation.
 */
public final class PageNavFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(PageNavFilter.class);
  private static final Pattern FORWARD_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+");
  private static final String BAD_PATH = "Bad request: the path is malformed or ambiguous.";
  private static final String INVALID = "Invalid pagenav configuration: ";
  private static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

  /** The chain of a refused request, which no denied outcome ever calls. */
  private static final FilterChain NO_CHAIN =
      (request, response) -> {
        throw new IllegalStateException("A refused request must not go on to a page");
      };

  private final PageNav pageNav;
  private final PageRoutes routes;
  private final StateStore states;
  private final @Nullable String cacheControl;

  private PageNavFilter(Builder builder, PageNav pageNav) {
    this.pageNav = pageNav;
    this.routes = new PageRoutes(builder.routes, pageNav.applicationPages(), pageNav.mount());
    this.states = new StateStore(builder.store);
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
        pageNav.applicationPages().size(),
        pageNav.mount().isEmpty() ? "/" : pageNav.mount(),
        new TreeSet<>(pageNav.applicationPages()));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse) {
      route(http, httpResponse, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * Decides a request as the filter would, without answering it and without changing the session's
   * state: for a host framework's own access checks, which then agree with the filter's.
   *
   * @param request the request, forward, include, error or async dispatch
   * @return the decision; {@link Outcome#denies()} tells whether it is refused
   */
  public RoutingDecision decide(HttpServletRequest request) {
    RouteRequest route = routeRequest(request);
    if (route == null) {
      return new RoutingDecision(
          Outcome.BAD_REQUEST, "non-canonical context path", null, null, null, null, false);
    }
    return pageNav.decide(route, states.peek(request));
  }

  /**
   * Answers a request that a host framework refused because pagenav's decision denies it, the way
   * the filter would have: a redirect to the root with the "page not found" notice, 404, 400, 403
   * or 405. A request pagenav would let through is left alone, for the host to answer.
   *
   * @param request the refused request
   * @param response its response
   * @return whether pagenav answered it
   * @throws IOException if the answer cannot be written
   */
  public boolean answerRefusal(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RouteRequest route = routeRequest(request);
    if (route == null) {
      Responses.plain(response, 400, BAD_PATH);
      return true;
    }
    Exchange exchange = new Exchange(request, response, NO_CHAIN, route, states.load(request));
    try {
      RoutingDecision decision = decide(exchange);
      if (!decision.outcome().denies()) {
        return false;
      }
      apply(exchange, decision);
    } catch (StoreUnavailableException e) {
      Responses.unavailable(response);
    } catch (ServletException e) {
      throw new IllegalStateException("A refused request reached a page", e);
    }
    return true;
  }

  /** What one request, forward, include, error or async dispatch is handled with. */
  private record Exchange(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      RouteRequest route,
      SessionState state) {}

  private void route(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RouteRequest route = routeRequest(request);
    if (route == null) {
      LOG.debug("{} with a non-canonical context path: BAD_REQUEST", request.getMethod());
      Responses.plain(response, 400, BAD_PATH);
      return;
    }
    SessionState state = states.load(request);
    Exchange exchange = new Exchange(request, response, chain, route, state);
    try {
      RoutingDecision decision = decide(exchange);
      removeUnreadable(state); // before a forward of this request loads the state again
      apply(exchange, decision);
      removeUnreadable(state); // what the page read
    } catch (StoreUnavailableException e) {
      Responses.unavailable(response);
    }
  }

  private RoutingDecision decide(Exchange exchange) {
    RoutingDecision decision = pageNav.decide(exchange.route(), exchange.state());
    if (!LOG.isDebugEnabled()) {
      return decision; // the line's arguments cost strings on every request
    }
    HttpServletRequest request = exchange.request();
    LOG.debug(
        "{} '{}'{}: {} ({})",
        request.getMethod(),
        withoutParameters(exchange.route().rawPath()),
        request.getDispatcherType() == DispatcherType.REQUEST
            ? ""
            : " " + request.getDispatcherType(),
        decision.outcome(),
        decision.reason());
    return decision;
  }

  /**
   * Cuts a path at its first ';', raw or encoded, so a session id sent as a path parameter never
   * reaches the log.
   */
  private static String withoutParameters(String rawPath) {
    int cut = rawPath.indexOf(';');
    int encoded = rawPath.toUpperCase(Locale.ROOT).indexOf("%3B");
    if (encoded >= 0 && (cut < 0 || encoded < cut)) {
      cut = encoded;
    }
    return cut < 0 ? rawPath : rawPath.substring(0, cut) + ";...";
  }

  /**
   * Returns the path after the context path, or null when the request names its context in any form
   * but the canonical one: some containers map {@code /ctx;x/admin}, {@code /%63tx/admin} or {@code
   * /x/../ctx/admin} to the context {@code /ctx} and report that raw prefix as the context path.
   */
  private static @Nullable String rawPath(HttpServletRequest request) {
    String uri =
        request.getDispatcherType() == DispatcherType.INCLUDE
            ? (String) request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI)
            : request.getRequestURI();
    String context = request.getContextPath();
    if (uri == null
        || !context.equals(request.getServletContext().getContextPath())
        || !uri.startsWith(context)) {
      return null;
    }
    return uri.substring(context.length());
  }

  /** Returns what the core decides on, or null for a request outside the context path. */
  private static @Nullable RouteRequest routeRequest(HttpServletRequest request) {
    String rawPath = rawPath(request);
    if (rawPath == null) {
      return null;
    }
    boolean dispatch = request.getDispatcherType() != DispatcherType.REQUEST;
    return RouteRequest.builder(request.getMethod(), rawPath)
        .query(dispatch ? null : request.getQueryString())
        .contextPath(request.getContextPath())
        .serverOrigin(request.getScheme(), request.getServerName(), request.getServerPort())
        .headers(name -> header(request, name))
        .dispatch(dispatch)
        .build();
  }

  /** Returns every value of a header joined, so a repeated header never passes as one. */
  private static @Nullable String header(HttpServletRequest request, String name) {
    List<String> values = Collections.list(request.getHeaders(name));
    return values.isEmpty() ? null : String.join(", ", values);
  }

  /**
   * Returns whether the filter may answer with its own status: not inside an include, whose
   * response belongs to the including page, nor inside an error dispatch, whose status is set.
   */
  private static boolean answersClient(HttpServletRequest request) {
    DispatcherType type = request.getDispatcherType();
    return type != DispatcherType.INCLUDE && type != DispatcherType.ERROR;
  }

  private void apply(Exchange exchange, RoutingDecision decision)
      throws IOException, ServletException {
    Outcome outcome = decision.outcome();
    HttpServletResponse response = exchange.response();
    if (!answersClient(exchange.request())
        && outcome != Outcome.RENDER
        && outcome != Outcome.PASS) {
      return;
    }
    switch (outcome) {
      case PASS -> exchange.chain().doFilter(exchange.request(), response);
      case RENDER -> render(exchange, decision);
      case RESOURCE ->
          Resources.serve(
              Objects.requireNonNull(decision.resource()), exchange.route().method(), response);
      case MENU -> menuJson(exchange);
      case REDIRECT, UNREACHABLE, MOVED ->
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

  private void render(Exchange exchange, RoutingDecision decision)
      throws IOException, ServletException {
    HttpServletRequest request = exchange.request();
    HttpServletResponse response = exchange.response();
    Page page = Objects.requireNonNull(decision.page());
    Object outer = request.getAttribute(PageContext.ATTRIBUTE);
    request.setAttribute(PageContext.ATTRIBUTE, context(exchange, decision, outer));
    if (cacheControl != null) {
      response.setHeader("Cache-Control", cacheControl);
    }
    try {
      routes.serve(page, decision.atRoot(), request, response, exchange.chain());
    } catch (ServletException | IOException | RuntimeException e) {
      if (!answered(e, response)) {
        throw e;
      }
    } finally {
      request.setAttribute(PageContext.ATTRIBUTE, outer);
    }
  }

  /**
   * Returns the page's context. The root's forward to the default page's own handler keeps the
   * context of the request itself, which is the top-level navigation that may show the notice.
   */
  private PageContext context(Exchange exchange, RoutingDecision decision, @Nullable Object outer) {
    HttpServletRequest request = exchange.request();
    if (request.getDispatcherType() == DispatcherType.FORWARD
        && outer instanceof PageContext root
        && root.navigator().currentPage().equals(Optional.ofNullable(decision.page()))) {
      return root;
    }
    Navigator navigator = pageNav.navigator(exchange.state(), decision, exchange.route());
    String resources = request.getContextPath() + pageNav.mount() + "/_pagenav/";
    return new PageContext(request, exchange.response(), navigator, states, resources);
  }

  /**
   * Answers what a page threw, if it is pagenav's to answer: a switch page with its redirect, a
   * failing store with 503, even when a container wrapped them.
   *
   * @return whether it was answered; anything else belongs to the container
   */
  private static boolean answered(Exception thrown, HttpServletResponse response)
      throws IOException {
    PageRedirect redirect = find(thrown, PageRedirect.class);
    if (redirect != null) {
      sendRedirect(redirect, response);
      return true;
    }
    if (find(thrown, StoreUnavailableException.class) != null) {
      Responses.unavailable(response);
      return true;
    }
    return false;
  }

  /** Returns the first of an exception and its causes that has a type, or null. */
  static <T extends Throwable> @Nullable T find(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /**
   * Answers a switch page with its 303 redirect, as the filter does when a page throws one: for
   * host frameworks that catch exceptions before they reach the filter. After the response is
   * committed the redirect is dropped with a warning.
   *
   * @param redirect the switch page
   * @param response the response
   */
  public static void sendRedirect(PageRedirect redirect, HttpServletResponse response) {
    if (response.isCommitted()) {
      String location = redirect.location();
      int query = location.indexOf('?');
      LOG.warn(
          "A page switched to '{}' after its response was committed, so the redirect was"
              + " dropped. Call switchPage or rerun before writing output.",
          query < 0 ? location : location.substring(0, query));
      return;
    }
    Responses.redirect(response, 303, redirect.location());
  }

  private void menuJson(Exchange exchange) throws IOException {
    HttpServletResponse response = exchange.response();
    if (!Responses.readOnly(exchange.route().method(), response)) {
      return;
    }
    String contextPath = exchange.route().contextPath();
    String json = pageNav.navigator(exchange.state(), contextPath).menu().toJson();
    response.setStatus(200);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json);
  }

  /**
   * Drops the values this request found unreadable, so each is reported once rather than on every
   * request of the session.
   */
  private static void removeUnreadable(SessionState state) {
    Set<String> removed = state.removeUnreadable();
    if (!removed.isEmpty()) {
      LOG.warn(
          "Session state keys {} could not be read as their types, so they were treated as absent"
              + " and removed from the session. Another version of the application or another"
              + " type wrote them; give a key a new name when its type changes.",
          removed);
    }
  }

  /** Builds a {@link PageNavFilter}; {@link #build()} reports every problem at once. */
  public static final class Builder {

    private final PageNav.Builder pageNav;
    private final Map<String, PageRoutes.Route> routes = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private SessionStateStore<HttpServletRequest> store = new HttpSessionStateStore();
    private @Nullable String cacheControl = "no-store";

    private Builder(NavigationPolicy policy) {
      // Only the application dispatches to these; containers do not all hide them from clients.
      this.pageNav = PageNav.builder(policy).internal("/WEB-INF/", "/META-INF/");
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
      if (!FORWARD_PATH.matcher(path).matches()) {
        problems.add(
            "The forward path '"
                + path
                + "' of page '"
                + page.key()
                + "' must be '/'-separated segments of ASCII letters, digits, '-', '_', '.' and"
                + " '~', not starting with '.', such as '/WEB-INF/bugs.jsp'.");
      }

      pageNav.internal(path);
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
      pageNav.applicationPages(page);
      return this;
    }

    /**
     * Declares the paths that the application's own servlet maps, such as the request mappings of
     * Spring MVC controllers: those that the navigation guards are gated pages, served by that
     * servlet once the navigation lets them render.
     *
     * @param paths paths within the context, such as {@code /reports/bugs}; patterns and excluded
     *     paths are left out
     * @return this builder
     */
    public Builder mappedPaths(Collection<String> paths) {
      pageNav.mappedPaths(paths);
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
     * Declares paths that only the application dispatches to, such as an error page: dispatches to
     * them pass, and clients asking for them get 404.
     *
     * @param paths a path ending in {@code /} for everything under it, or an exact path, within the
     *     context
     * @return this builder
     */
    public Builder internal(String... paths) {
      pageNav.internal(paths);
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
        built = pageNav.build();
      } catch (IllegalArgumentException e) {
        all.add(e.getMessage().replaceFirst("^" + Pattern.quote(INVALID), ""));
      }
      if (built == null || !all.isEmpty()) {
        throw new IllegalArgumentException(INVALID + String.join(" ", all));
      }
      return new PageNavFilter(this, built);
    }
  }
}
