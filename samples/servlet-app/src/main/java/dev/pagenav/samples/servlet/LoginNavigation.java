package dev.pagenav.samples.servlet;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.Section;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import dev.pagenav.test.Persona;
import java.util.List;

/**
 * The pages of the sample and the policy that chooses among them: logged out, only the login page;
 * logged in, the account, reports and tools sections, and the access matrix, a hidden page.
 */
final class LoginNavigation implements NavigationPolicy {

  static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);

  static final Page LOGIN = Page.of("login", "Log in", ":material/login:");
  static final Page LOGOUT = Page.of("logout", "Log out", ":material/logout:");
  static final Page DASHBOARD =
      Page.of("dashboard", "Dashboard", ":material/dashboard:").asDefault();
  static final Page BUGS = Page.of("bugs", "Bug reports", ":material/bug_report:");
  static final Page ALERTS =
      Page.of("alerts", "System alerts", ":material/notification_important:");
  static final Page SEARCH = Page.of("search", "Search", ":material/search:");
  static final Page HISTORY = Page.of("history", "History", "🕘");
  static final Page ACCESS = Page.of("access", "Access matrix", ":material/table_view:").hidden();

  /** Who uses the sample, for its access matrix and its access-rule tests. */
  static final List<Persona> PERSONAS =
      List.of(Persona.anonymous(), Persona.of("logged in").with(LOGGED_IN, true));

  private static final Navigation LOGGED_OUT = Navigation.of(LOGIN);
  private static final Navigation MEMBER =
      Navigation.of(
          Section.of("Account", LOGOUT, ACCESS),
          Section.of("Reports", DASHBOARD, BUGS, ALERTS),
          Section.of("Tools", SEARCH, HISTORY));

  @Override
  public Navigation navigationFor(SessionState state) {
    return Boolean.TRUE.equals(state.get(LOGGED_IN)) ? MEMBER : LOGGED_OUT;
  }
}
