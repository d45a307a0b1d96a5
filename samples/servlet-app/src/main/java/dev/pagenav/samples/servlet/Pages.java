package dev.pagenav.samples.servlet;

import static dev.pagenav.samples.servlet.LoginNavigation.ACCESS;
import static dev.pagenav.samples.servlet.LoginNavigation.ALERTS;
import static dev.pagenav.samples.servlet.LoginNavigation.BUGS;
import static dev.pagenav.samples.servlet.LoginNavigation.LOGGED_IN;
import static dev.pagenav.samples.servlet.LoginNavigation.SEARCH;

import dev.pagenav.Page;
import dev.pagenav.servlet.PageContext;
import dev.pagenav.test.AccessMatrix;
import java.io.IOException;

/** The sample's page handlers: each writes its content inside the shared layout. */
final class Pages {

  private Pages() {}

  static void login(PageContext page) throws IOException {
    if (page.request().getMethod().equals("POST")) {
      page.login();
      page.state().set(LOGGED_IN, true);
      page.rerun();
    }
    String form =
        "<p>Log in to see the reports and tools.</p>"
            + "<form method=\"post\"><button type=\"submit\">Log in</button></form>";
    write(page, form);
  }

  static void logout(PageContext page) throws IOException {
    if (page.request().getMethod().equals("POST")) {
      page.logout();
      page.rerun();
    }
    String form =
        "<p>Leave this session? The pages you can see now will be gone.</p>"
            + "<form method=\"post\"><button type=\"submit\">Log out</button></form>";
    write(page, form);
  }

  static void dashboard(PageContext page) throws IOException {
    String body =
        "<p>Welcome back. Jump straight to a report:</p><ul class=\"links\">"
            + item(page, BUGS)
            + item(page, ALERTS)
            + "</ul>";
    write(page, body);
  }

  static void bugs(PageContext page) throws IOException {
    write(page, "<p>No open bug reports. The last one was closed yesterday.</p>");
  }

  static void alerts(PageContext page) throws IOException {
    write(page, "<p>All systems are running normally.</p>");
  }

  static void search(PageContext page) throws IOException {
    write(page, "<p>Search the reports.</p><input type=\"search\" aria-label=\"Search\">");
  }

  static void history(PageContext page) throws IOException {
    write(
        page,
        "<p>Your recent activity appears here. "
            + link(page, SEARCH)
            + "</p><p>Who may see which page: "
            + link(page, ACCESS)
            + "</p>");
  }

  /**
   * Shows the access matrix, every persona against every page, inside the layout so the menu stays
   * at hand on this hidden page.
   */
  static void access(PageContext page) throws IOException {
    write(
        page,
        AccessMatrix.of(new LoginNavigation(), LoginNavigation.PERSONAS).toHtmlTable()
            + "<p>Back to "
            + link(page, LoginNavigation.HISTORY)
            + "</p>");
  }

  private static String item(PageContext page, Page target) {
    return "<li>" + page.linkHtml(target) + "</li>";
  }

  private static String link(PageContext page, Page target) {
    return page.linkHtml(target);
  }

  private static void write(PageContext page, String body) throws IOException {
    page.response().setContentType("text/html;charset=UTF-8");
    page.response().getWriter().write(Layout.render(page, body));
  }
}
