package dev.pagenav.servlet;

import dev.pagenav.Page;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How each page is served once the routing decision lets it render: by a handler, by a forward to a
 * servlet path or JSP, or by the application's own servlet at the page's URL.
 *
 * <p>The filter decides the dispatches made here like any other: a forward target is an internal
 * path, which dispatches pass, and the root's forward to a gated page's own path renders it.
 */
final class PageRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(PageRoutes.class);
  private static final int MAX_WARNED = 100;
  private static final Route GATE = new GateRoute();

  /** How one page is served. */
  sealed interface Route permits HandlerRoute, ForwardRoute, GateRoute {}

  private record HandlerRoute(PageHandler handler) implements Route {}

  private record ForwardRoute(String path) implements Route {}

  private record GateRoute() implements Route {}

  private final Map<String, Route> routes;
  private final Set<String> mapped;
  private final String mount;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * Creates the routes.
   *
   * @param routes the registered pages' routes, by url path
   * @param mapped url paths the application's own servlet maps, gated without a warning
   * @param mount the mount point
   */
  PageRoutes(Map<String, Route> routes, Set<String> mapped, String mount) {
    this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    this.mapped = Set.copyOf(mapped);
    this.mount = mount;
  }

  static Route handler(PageHandler handler) {
    return new HandlerRoute(handler);
  }

  static Route forward(String path) {
    return new ForwardRoute(path);
  }

  static Route gate() {
    return GATE;
  }

  void serve(
      Page page,
      boolean atRoot,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    Route route = routes.get(page.urlPath());
    if (route == null && !mapped.contains(page.urlPath())) {
      warnUnregistered(page);
    }
    if (route == null) {
      route = GATE;
    }
    if (route instanceof HandlerRoute handler) {
      handler.handler().handle(PageContext.of(request));
    } else if (route instanceof ForwardRoute forward) {
      dispatch(forward.path(), request, response);
    } else if (atRoot) {
      dispatch(mount + "/" + page.urlPath(), request, response);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void warnUnregistered(Page page) {
    if (warned.size() < MAX_WARNED && warned.add(page.urlPath())) {
      LOG.warn(
          "Page '{}' is in a navigation but was never registered with the filter, so it is left"
              + " to whatever servlet is mapped at its URL. Register it with page(), forward() or"
              + " gate(), or map a handler method at its URL.",
          page.urlPath());
    }
  }

  private static void dispatch(
      String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    RequestDispatcher dispatcher = request.getRequestDispatcher(path);
    if (request.getDispatcherType() == DispatcherType.INCLUDE) {
      dispatcher.include(request, response);
    } else {
      dispatcher.forward(request, response);
    }
  }
}
