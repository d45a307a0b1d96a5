package dev.pagenav.security;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.Section;
import dev.pagenav.SessionState;
import dev.pagenav.SessionStateStore;
import dev.pagenav.StateKey;
import dev.pagenav.servlet.HttpSessionStateStore;
import dev.pagenav.servlet.PageContext;
import dev.pagenav.servlet.PageHandler;
import dev.pagenav.servlet.PageNavFilter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The application under attack: a public default page, a hidden public login, public pages, a
 * logged-in page and two admin pages. Each page's body carries a marker, {@code PAGE[admin]} and so
 * on, so a response that leaks a page's content is caught whatever its status.
 */
final class SecurityApp {

  static final StateKey<String> ROLE = StateKey.of("role", String.class, "");

  static final Page HOME = Page.of("home", "Home").asDefault();
  static final Page LOGIN = Page.of("login", "Log in").hidden();
  static final Page LOGOUT = Page.of("logout", "Log out").hidden();
  static final Page PUBLIC = Page.of("public", "Public");
  static final Page HELP = Page.of("public/help", "Help");
  static final Page REPORTS = Page.of("reports", "Reports");
  static final Page ADMIN = Page.of("admin", "Admin");
  static final Page USERS = Page.of("admin/users", "Users");

  static final Page PREFS = Page.of("public/prefs", "Preferences").hidden();

  static final StateKey<String> FIRST = StateKey.of("first", String.class, "");
  static final StateKey<String> SECOND = StateKey.of("second", String.class, "");

  static final List<Page> ALL =
      List.of(HOME, LOGIN, LOGOUT, PUBLIC, HELP, PREFS, REPORTS, ADMIN, USERS);

  private SecurityApp() {}

  /** The policy: anonymous sees the public pages; a user adds reports; an admin the admin pages. */
  static Navigation navigation(SessionState state) {
    String role = state.get(ROLE);
    Section open = Section.of("", HOME, LOGIN, PUBLIC, HELP, PREFS);
    if (role.equals("admin")) {
      return Navigation.of(
          open, Section.of("Work", REPORTS, LOGOUT), Section.of("Admin", ADMIN, USERS));
    }
    if (role.equals("user")) {
      return Navigation.of(open, Section.of("Work", REPORTS, LOGOUT));
    }
    return Navigation.of(open);
  }

  /** Returns the url paths a persona's navigation holds. */
  static Set<String> reachable(Persona persona) {
    SessionState state = SessionState.empty();
    if (!persona.role().isEmpty()) {
      state.set(ROLE, persona.role());
    }
    return Set.copyOf(navigation(state).routablePages().stream().map(Page::urlPath).toList());
  }

  static PageNavFilter filter() {
    return filter(new HttpSessionStateStore());
  }

  static PageNavFilter filter(SessionStateStore<HttpServletRequest> store) {
    NavigationPolicy policy = SecurityApp::navigation;
    PageNavFilter.Builder builder = PageNavFilter.builder(policy).exclude("/static/").store(store);
    for (Page page : ALL) {
      builder.page(page, handler(page));
    }
    return builder.build();
  }

  static String marker(String urlPath) {
    return "PAGE[" + urlPath + "]";
  }

  private static PageHandler handler(Page page) {
    if (page == LOGIN) {
      return SecurityApp::login;
    }
    if (page == LOGOUT) {
      return SecurityApp::logout;
    }
    if (page == PUBLIC) {
      return SecurityApp::publicPage;
    }
    if (page == PREFS) {
      return SecurityApp::prefs;
    }
    return context -> write(context, marker(page.urlPath()));
  }

  /** POST with {@code role} logs in (or changes role): new session id, then the new navigation. */
  private static void login(PageContext page) throws IOException {
    String role = page.request().getParameter("role");
    if (page.request().getMethod().equals("POST") && role != null) {
      page.login();
      page.state().set(ROLE, role);
      page.switchToReturnPage();
    }
    write(page, marker("login"));
  }

  /** POST {@code first} or {@code second} sets that key alone; GET shows both. */
  private static void prefs(PageContext page) throws IOException {
    if (page.request().getMethod().equals("POST")) {
      String first = page.request().getParameter("first");
      String second = page.request().getParameter("second");
      if (first != null) {
        page.state().set(FIRST, first);
      }
      if (second != null) {
        page.state().set(SECOND, second);
      }
    }
    write(
        page,
        marker("public/prefs")
            + " first="
            + page.state().get(FIRST)
            + " second="
            + page.state().get(SECOND));
  }

  private static void logout(PageContext page) throws IOException {
    if (page.request().getMethod().equals("POST")) {
      page.logout();
      page.switchPage(HOME);
    }
    write(page, marker("logout"));
  }

  private static void publicPage(PageContext page) throws IOException {
    try {
      servePublic(page.request(), page.response());
    } catch (ServletException e) {
      throw new IOException(e);
    }
  }

  /**
   * Serves the public page, which forwards to or includes any path it is asked to, as careless
   * handlers do. It writes to the output stream, which included pages of any host can share.
   */
  static void servePublic(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String forward = request.getParameter("forward");
    String include = request.getParameter("include");
    String target = forward != null ? forward : include;
    RequestDispatcher dispatcher = target == null ? null : request.getRequestDispatcher(target);
    if (target != null && dispatcher == null) {
      response.sendError(404); // the container found nothing to dispatch to
      return;
    }
    if (forward != null) {
      dispatcher.forward(request, response);
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(marker("public").getBytes(StandardCharsets.UTF_8));
    response.getOutputStream().flush();
    if (dispatcher != null) {
      dispatcher.include(request, response);
    }
  }

  private static void write(PageContext page, String body) throws IOException {
    page.response().setContentType("text/plain;charset=UTF-8");
    page.response().getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
