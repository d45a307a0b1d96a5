package dev.pagenav.consumer;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.Section;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;

/**
 * The pages of a small reporting app: logged out, only the login page; logged in, the dashboard and
 * a section of reports.
 */
public final class ReportsNavigation implements NavigationPolicy {

  /** Whether the session has logged in. */
  public static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);

  private static final Page LOGIN = Page.of("login", "Log in", ":material/login:");
  private static final Page DASHBOARD =
      Page.of("dashboard", "Dashboard", ":material/dashboard:").asDefault();
  private static final Page SALES = Page.of("reports/sales");
  private static final Page TRAFFIC = Page.of("reports/traffic");

  private static final Navigation LOGGED_OUT = Navigation.of(LOGIN);
  private static final Navigation MEMBER =
      Navigation.of(Section.unlabeled(DASHBOARD), Section.of("Reports", SALES, TRAFFIC));

  @Override
  public Navigation navigationFor(SessionState state) {
    return Boolean.TRUE.equals(state.get(LOGGED_IN)) ? MEMBER : LOGGED_OUT;
  }
}
