package dev.pagenav.spring.app;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.Section;
import dev.pagenav.StateKey;
import dev.pagenav.spring.PageNavCustomizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A small application for the adapter's tests: the login example of the design. */
@SpringBootApplication
public class FixtureApp {

  public static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);
  public static final StateKey<String> ROLE = StateKey.of("role", String.class, "");

  public static final Page LOGIN = Page.of("login", "Log in", ":material/login:");
  public static final Page LOGOUT = Page.of("logout", "Log out", ":material/logout:");
  public static final Page DASHBOARD =
      Page.of("dashboard", "Dashboard", ":material/dashboard:").asDefault();
  public static final Page BUGS = Page.of("bugs", "Bug reports", ":material/bug_report:");
  public static final Page ADMIN = Page.of("admin", "Admin", ":material/shield:");
  public static final Page SETTINGS = Page.of("settings", "Settings").hidden();
  public static final Page NOTES = Page.of("notes", "Notes", ":material/edit_note:");

  /** Pages every test knows, in the order of the logged-in navigation. */
  public static final Page[] PAGES = {LOGIN, LOGOUT, DASHBOARD, BUGS, NOTES, ADMIN, SETTINGS};

  public static final StateKey<String> NOTE = StateKey.of("note", String.class, "");

  @Bean
  NavigationPolicy navigationPolicy() {
    return FixtureApp::navigation;
  }

  /** A page served by a handler of pagenav's own rather than by a controller. */
  @Bean
  PageNavCustomizer notesPage() {
    return builder ->
        builder.page(
            NOTES,
            page -> {
              if (page.request().getMethod().equals("POST")) {
                page.state().set(NOTE, page.request().getParameter("note"));
                page.rerun();
              }
              page.response().setContentType("text/plain;charset=UTF-8");
              page.response().getWriter().write("note: " + page.state().get(NOTE));
            });
  }

  static Navigation navigation(dev.pagenav.SessionState state) {
    if (!state.get(LOGGED_IN)) {
      return Navigation.of(LOGIN);
    }
    Section reports =
        state.get(ROLE).equals("admin")
            ? Section.of("Reports", DASHBOARD, BUGS, NOTES, ADMIN)
            : Section.of("Reports", DASHBOARD, BUGS, NOTES);
    return Navigation.of(Section.of("Account", LOGOUT, SETTINGS), reports);
  }
}
