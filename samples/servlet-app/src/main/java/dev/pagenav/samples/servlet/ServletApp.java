package dev.pagenav.samples.servlet;

import static dev.pagenav.samples.servlet.LoginNavigation.ACCESS;
import static dev.pagenav.samples.servlet.LoginNavigation.ALERTS;
import static dev.pagenav.samples.servlet.LoginNavigation.BUGS;
import static dev.pagenav.samples.servlet.LoginNavigation.DASHBOARD;
import static dev.pagenav.samples.servlet.LoginNavigation.HISTORY;
import static dev.pagenav.samples.servlet.LoginNavigation.LOGIN;
import static dev.pagenav.samples.servlet.LoginNavigation.LOGOUT;
import static dev.pagenav.samples.servlet.LoginNavigation.SEARCH;

import dev.pagenav.servlet.PageNavFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.NullSessionCacheFactory;
import org.eclipse.jetty.session.SessionCacheFactory;
import org.eclipse.jetty.session.SessionDataStoreFactory;

/**
 * The login sample on embedded Jetty: logged out, the only page is "Log in"; logged in, the
 * account, reports and tools sections. Listens on the port in {@code PORT}, 8080 by default.
 */
public final class ServletApp {

  private ServletApp() {}

  /**
   * Starts the sample and waits until it stops.
   *
   * @param args ignored
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    Server server = start(port(System.getenv("PORT")));
    server.join();
  }

  /**
   * Starts the sample on a port, with sessions in this server's memory.
   *
   * @param port the port, or 0 for any free one
   * @return the started server
   * @throws Exception if the server cannot start
   */
  public static Server start(int port) throws Exception {
    Server server = server(port);
    server.start();
    return server;
  }

  /**
   * Starts the sample on a port, with sessions kept in a Jetty session data store, so that they
   * outlive the server and every instance that shares the store shares them.
   *
   * <p>pagenav needs nothing for this: its state is session attributes holding strings, which every
   * store can save. Use a store that instances can share, such as a {@link
   * org.eclipse.jetty.session.JDBCSessionDataStoreFactory JDBC store}, to run several at once.
   *
   * <p>Note: Jetty's {@link org.eclipse.jetty.session.FileSessionDataStoreFactory file store} lists
   * its directory when it starts and does not look again, so it keeps sessions across a restart but
   * cannot be shared by instances running at the same time.
   *
   * @param port the port, or 0 for any free one
   * @param store makes the store that holds the sessions
   * @return the started server
   * @throws Exception if the server or the store cannot start
   */
  public static Server start(int port, SessionDataStoreFactory store) throws Exception {
    Server server = server(port);
    server.addBean(store);
    server.addBean(storeOnlyCache());
    server.start();
    return server;
  }

  // No session stays in memory between requests: each request reads its session from the store,
  // so it sees what another instance wrote. Writing the session before the response is sent,
  // rather than after, means the client's next request finds it, on whichever instance.
  private static SessionCacheFactory storeOnlyCache() {
    NullSessionCacheFactory cache = new NullSessionCacheFactory();
    cache.setFlushOnResponseCommit(true);
    return cache;
  }

  private static Server server(int port) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(System.getenv().getOrDefault("HOST", "127.0.0.1"));
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(context());
    return server;
  }

  private static ServletContextHandler context() {
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/");
    context.getSessionHandler().setMaxInactiveInterval(30 * 60);
    context.getSessionHandler().setHttpOnly(true);
    context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
    context.getSessionHandler().setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
    context.addFilter(new FilterHolder(filter()), "/*", EnumSet.allOf(DispatcherType.class));
    return context;
  }

  static PageNavFilter filter() {
    return PageNavFilter.builder(new LoginNavigation())
        .page(LOGIN, Pages::login)
        .page(LOGOUT, Pages::logout)
        .page(DASHBOARD, Pages::dashboard)
        .page(BUGS, Pages::bugs)
        .page(ALERTS, Pages::alerts)
        .page(SEARCH, Pages::search)
        .page(HISTORY, Pages::history)
        .page(ACCESS, Pages::access)
        .build();
  }

  static int port(String value) {
    if (value == null || value.isBlank()) {
      return 8080;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException(
        "PORT is '" + value + "'; set it to a port number from 0 to 65535, or leave it unset.");
  }
}
