package dev.pagenav.servlet;

import dev.pagenav.Navigation;
import dev.pagenav.Page;
import dev.pagenav.PageNotReachableException;
import dev.pagenav.Section;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * A small application under the context path {@code /ctx} that serves pages in all three ways
 * (handler, forward, the application's own servlet) for the filter's integration tests.
 */
final class TestApp {

  static final StateKey<String> ROLE = StateKey.of("role", String.class);

  static final Page HOME = Page.of("home", "Home", ":material/home:").asDefault();
  static final Page LOGIN = Page.of("login", "Log in").hidden();
  static final Page LOGOUT = Page.of("logout", "Log out");
  static final Page PUBLIC = Page.of("public", "Public", "📢");
  static final Page REPORTS = Page.of("reports/weekly", "Weekly reports");
  static final Page ADMIN = Page.of("admin", "Admin", ":material/shield:");
  static final Page TELEPORT = Page.of("teleport", "Teleport");
  static final Page BOOM = Page.of("boom", "Boom");
  static final Page FORWARDER = Page.of("forwarder", "Forwarder");
  static final Page INCLUDER = Page.of("includer", "Includer");
  static final Page HOME_FORWARDER = Page.of("home-forwarder", "Home forwarder");
  static final Page MISSING = Page.of("missing", "Missing");
  static final Page FRAGMENTS = Page.of("fragments", "Fragments");

  static final String ADMIN_CONTENT = "admin-secret-content";

  private final Server server;

  private TestApp(Server server) {
    this.server = server;
  }

  static Navigation navigationFor(SessionState state) {
    String role = state.get(ROLE);
    Section open =
        Section.of(
            "",
            HOME,
            LOGIN,
            PUBLIC,
            TELEPORT,
            BOOM,
            FORWARDER,
            INCLUDER,
            HOME_FORWARDER,
            MISSING,
            FRAGMENTS);
    if (role == null) {
      return Navigation.of(open);
    }
    Section member = Section.of("Member", REPORTS, LOGOUT);
    return role.equals("admin")
        ? Navigation.of(open, member, Section.of("Admin", ADMIN))
        : Navigation.of(open, member);
  }

  static TestApp start() throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/ctx");
    context.getSessionHandler().setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
    context.getSessionHandler().setMaxInactiveInterval(600);
    context.addFilter(new FilterHolder(filter()), "/*", EnumSet.allOf(DispatcherType.class));
    context.addServlet(new ServletHolder(text("weekly-report-content")), "/internal/reports");
    context.addServlet(new ServletHolder(text(ADMIN_CONTENT)), "/admin");
    context.addServlet(new ServletHolder(text("static-content")), "/static/*");
    context.addServlet(new ServletHolder(text("fragment-content")), "/WEB-INF/fragment");
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.addErrorPage(404, "/admin");
    context.setErrorHandler(errors);
    server.setHandler(new ContextHandlerCollection(context, mounted()));
    server.start();
    return new TestApp(server);
  }

  /**
   * A second application under {@code /mounted} whose pages live under the mount point {@code
   * /app}: the default page is served by its own servlet, the other forwards to a servlet outside
   * the mount point.
   */
  private static ServletContextHandler mounted() {
    Page board = Page.of("board", "Board");
    Page report = Page.of("report", "Report");
    PageNavFilter filter =
        PageNavFilter.builder(state -> Navigation.of(board, report))
            .mount("/app")
            .gate(board)
            .forward(report, "/WEB-INF/report")
            .build();
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/mounted");
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.allOf(DispatcherType.class));
    context.addServlet(new ServletHolder(text("mounted-board-content")), "/app/board");
    context.addServlet(new ServletHolder(text("mounted-report-content")), "/WEB-INF/report");
    return context;
  }

  private static PageNavFilter filter() {
    return PageNavFilter.builder(TestApp::navigationFor)
        .page(HOME, TestApp::home)
        .page(LOGIN, TestApp::login)
        .page(
            LOGOUT,
            page -> {
              page.logout();
              page.rerun();
            })
        .page(PUBLIC, page -> write(page, "public-content " + page.linkHtml(ADMIN)))
        .forward(REPORTS, "/internal/reports")
        .gate(ADMIN)
        .page(TELEPORT, TestApp::teleport)
        .page(BOOM, page -> page.switchPage(ADMIN))
        .page(
            FORWARDER,
            page ->
                page.request()
                    .getRequestDispatcher("/admin")
                    .forward(page.request(), page.response()))
        .page(INCLUDER, page -> include(page, "/admin"))
        .page(FRAGMENTS, page -> include(page, "/WEB-INF/fragment"))
        .page(
            HOME_FORWARDER,
            page ->
                page.request()
                    .getRequestDispatcher("/home")
                    .forward(page.request(), page.response()))
        .page(MISSING, page -> page.response().sendError(404))
        .exclude("/static/")
        .menuJson("/api/menu")
        .build();
  }

  private static void home(PageContext page) throws IOException {
    write(page, "home-content " + page.noticeHtml() + page.menuHtml());
  }

  private static void login(PageContext page) throws IOException {
    if (page.request().getMethod().equals("POST")) {
      page.login();
      String role = page.request().getParameter("role");
      page.state().set(ROLE, role == null ? "user" : role);
      page.switchToReturnPage();
    }
    write(page, "login-form");
  }

  private static void teleport(PageContext page) throws IOException {
    try {
      page.switchPage(ADMIN);
    } catch (PageNotReachableException e) {
      write(page, "refused: " + e.getMessage());
    }
  }

  private static void include(PageContext page, String path) throws IOException, ServletException {
    page.response().setContentType("text/plain;charset=UTF-8");
    page.response().getWriter().write("before|");
    page.request().getRequestDispatcher(path).include(page.request(), page.response());
    page.response().getWriter().write("|after");
  }

  private static void write(PageContext page, String body) throws IOException {
    page.response().setContentType("text/html;charset=UTF-8");
    page.response().getWriter().write(body);
  }

  private static HttpServlet text(String content) {
    return new HttpServlet() {
      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(content);
      }
    };
  }

  int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  void stop() throws Exception {
    server.stop();
  }
}
