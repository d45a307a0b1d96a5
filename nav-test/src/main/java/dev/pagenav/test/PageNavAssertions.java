package dev.pagenav.test;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.PageNav;

/**
 * The entry point for assertions on access rules: what a policy's navigation holds for a persona,
 * checked in a plain unit test.
 *
 * <pre>{@code
 * import static dev.pagenav.test.PageNavAssertions.assertThat;
 *
 * @Test
 * void requesterWhenLoggedInThenRequestPagesOnly() {
 *   assertThat(new RoleNavigation(), REQUESTER)
 *       .reaches("request-1", "request-2")
 *       .doesNotReach("admin-1", "respond-1")
 *       .hasDefaultPage("request-1");
 * }
 * }</pre>
 */
public final class PageNavAssertions {

  private PageNavAssertions() {}

  /**
   * Starts assertions on the navigation a policy gives a persona.
   *
   * @param policy the application's navigation policy
   * @param persona the persona whose state the policy is given
   * @return the assertion
   */
  public static NavigationAssert assertThat(NavigationPolicy policy, Persona persona) {
    return new NavigationAssert(PageNav.builder(policy).build(), persona, null);
  }
}
