package dev.pagenav;

/**
 * The application's function from session state to navigation: where "if logged in" and role checks
 * live.
 *
 * <p>It is called on every request, and again whenever the state changes within a request, so it
 * should be fast and free of side effects:
 *
 * <pre>{@code
 * NavigationPolicy policy = state -> state.get(LOGGED_IN)
 *     ? Navigation.of(Section.of("Account", logout), Section.of("Reports", dashboard, bugs))
 *     : Navigation.of(login);
 * }</pre>
 */
@FunctionalInterface
public interface NavigationPolicy {

  /**
   * Returns the navigation for a session.
   *
   * @param state the session's state
   * @return the pages this session may reach, never null
   */
  Navigation navigationFor(SessionState state);
}
