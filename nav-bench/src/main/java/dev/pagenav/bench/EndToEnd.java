package dev.pagenav.bench;

import dev.pagenav.Navigation;
import dev.pagenav.Navigator;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.RouteRequest;
import dev.pagenav.Section;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import dev.pagenav.servlet.PageContext;
import dev.pagenav.servlet.PageNavFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Two copies of the login sample's {@code /bugs} page on Jetty, for a load generator: one behind
 * pagenav's filter with a logged-in session, one served by a filter that checks nothing. Prints the
 * ports and the session cookie, then serves until stopped.
 */
public final class EndToEnd {

  static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);
  static final Page LOGIN = Page.of("login", "Log in", ":material/login:");
  static final Page LOGOUT = Page.of("logout", "Log out", ":material/logout:");
  static final Page DASHBOARD =
      Page.of("dashboard", "Dashboard", ":material/dashboard:").asDefault();
  static final Page BUGS = Page.of("bugs", "Bug reports", ":material/bug_report:");
  static final Page ALERTS =
      Page.of("alerts", "System alerts", ":material/notification_important:");
  static final Page SEARCH = Page.of("search", "Search", ":material/search:");
  static final Page HISTORY = Page.of("history", "History", ":material/history:");
  static final Navigation MEMBER =
      Navigation.of(
          Section.of("Account", LOGOUT),
          Section.of("Reports", DASHBOARD, BUGS, ALERTS),
          Section.of("Tools", SEARCH, HISTORY));

  private EndToEnd() {}

  /**
   * Starts both servers.
   *
   * @param args none
   * @throws Exception if a server cannot start
   */
  public static void main(String[] args) throws Exception {
    PageNavFilter checked =
        PageNavFilter.builder(state -> state.get(LOGGED_IN) ? MEMBER : Navigation.of(LOGIN))
            .page(LOGIN, EndToEnd::login)
            .page(
                BUGS,
                page ->
                    write(
                        page.response(),
                        page.stylesheetHtml() + page.menuHtml() + page.noticeHtml()))
            .gate(LOGOUT, DASHBOARD, ALERTS, SEARCH, HISTORY)
            .build();
    int checkedPort = start(checked);
    int uncheckedPort = start(new Unchecked());
    System.out.println("checked=" + checkedPort);
    System.out.println("unchecked=" + uncheckedPort);
    System.out.println("cookie=" + login(checkedPort));
    System.out.flush();
    Thread.currentThread().join();
  }

  private static void login(PageContext page) throws IOException {
    if (page.request().getMethod().equals("POST")) {
      page.login();
      page.state().set(LOGGED_IN, true);
      page.rerun();
    }
    write(page.response(), "<form method=post><button>Log in</button></form>");
  }

  /** Serves {@code /bugs} with the same markup, and decides nothing. */
  private static final class Unchecked extends HttpFilter {

    private final Navigator navigator;

    Unchecked() {
      SessionState member = SessionState.empty();
      member.set(LOGGED_IN, true);
      PageNav pageNav = PageNav.builder(state -> MEMBER).build();
      RouteRequest bugs = RouteRequest.builder("GET", "/bugs").build();
      navigator = pageNav.navigator(member, pageNav.decide(bugs, member), bugs);
    }

    @Override
    protected void doFilter(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException {
      response.setHeader("Cache-Control", "no-store");
      write(
          response,
          "<link rel=\"stylesheet\" href=\"/_pagenav/pagenav.css\">"
              + PageContext.menuHtml(navigator.menu()));
    }
  }

  private static void write(HttpServletResponse response, String menu) throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!doctype html><html lang=\"en\"><title>Bug reports</title>"
                + menu
                + "<main><h1>Bug reports</h1><p>No open bug reports.</p></main></html>");
  }

  private static int start(Filter filter) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.allOf(DispatcherType.class));
    server.setHandler(context);
    server.start();
    return connector.getLocalPort();
  }

  private static String login(int port) throws IOException, InterruptedException {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.split(";", 2)[0];
  }
}
