package dev.pagenav.test;

import static dev.pagenav.test.PageNavAssertions.assertThat;
import static dev.pagenav.test.RoleNavigation.ADMIN;
import static dev.pagenav.test.RoleNavigation.ANONYMOUS;
import static dev.pagenav.test.RoleNavigation.REQUESTER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NavigationAssertTest {

  private final RoleNavigation policy = new RoleNavigation();

  @Test
  void assertionsWhenTheyHoldThenPass() {
    assertThat(policy, REQUESTER)
        .reaches("request-1", "request-2", "settings")
        .doesNotReach("admin-1", "login")
        .hasDefaultPage("request-1")
        .showsSections("Account", "Request")
        .showsItems("Log out", "Request 1", "Request 2")
        .canSwitchTo("request-2")
        .cannotSwitchTo("admin-1")
        .onPage("settings")
        .hasActiveLinkTo("settings")
        .hasInactiveLinkTo("request-2");
  }

  @Test
  void reachesWhenPageMissingThenMessageShowsPersonaStateAndNavigation() {
    assertThatThrownBy(() -> assertThat(policy, REQUESTER).reaches("admin-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting persona requester {role=requester}")
        .hasMessageContaining("to reach 'admin-1', but it does not")
        .hasMessageContaining("position SIDEBAR, default page 'request-1'")
        .hasMessageContaining("Account: Log out (logout), Settings (settings, hidden)")
        .hasMessageContaining("Request: Request 1 (request-1), Request 2 (request-2)");
  }

  @Test
  void doesNotReachWhenPageReachedThenFailsNamingIt() {
    assertThatThrownBy(() -> assertThat(policy, ADMIN).doesNotReach("admin-1", "request-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not to reach 'admin-1', 'request-1', but it does");
  }

  @Test
  void hasDefaultPageWhenOtherThenFailsNamingBoth() {
    assertThatThrownBy(() -> assertThat(policy, ANONYMOUS).hasDefaultPage("request-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have default page 'request-1', but it is 'login'");
  }

  @Test
  void showsSectionsWhenOrderDiffersThenFails() {
    assertThatThrownBy(() -> assertThat(policy, ADMIN).showsSections("Admin", "Account"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it shows [Account, Request, Admin]");
  }

  @Test
  void showsItemsWhenHiddenPageExpectedThenFails() {
    assertThatThrownBy(() -> assertThat(policy, REQUESTER).showsItems("Log out", "Settings"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it shows [Log out, Request 1, Request 2]");
  }

  @Test
  void cannotSwitchToWhenReachableThenFailsWithTheRedirect() {
    assertThatThrownBy(() -> assertThat(policy, ADMIN).cannotSwitchTo("admin-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not to switch to 'admin-1', but it redirects to '/admin-1'");
  }

  @Test
  void canSwitchToWhenUnreachableThenFails() {
    assertThatThrownBy(() -> assertThat(policy, REQUESTER).canSwitchTo("admin-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to switch to 'admin-1', but it is not reachable");
  }

  @Test
  void hasActiveLinkToWhenOnAnotherPageThenFails() {
    assertThatThrownBy(
            () -> assertThat(policy, REQUESTER).onPage("request-2").hasActiveLinkTo("settings"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have an active link to 'settings' on page 'request-2'");
  }

  @Test
  void onPageWhenUnreachableThenFails() {
    assertThatThrownBy(() -> assertThat(policy, ANONYMOUS).onPage("request-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to reach 'request-1'");
  }
}
