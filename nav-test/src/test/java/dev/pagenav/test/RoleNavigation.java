package dev.pagenav.test;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;

/** A role-based policy for the tests: logged out only login; a role adds its section. */
final class RoleNavigation implements NavigationPolicy {

  static final StateKey<String> ROLE = StateKey.of("role", String.class, "");

  static final Page LOGIN = Page.of("login", "Log in");
  static final Page LOGOUT = Page.of("logout", "Log out");
  static final Page SETTINGS = Page.of("settings", "Settings").hidden();
  static final Page REQUEST_1 = Page.of("request-1", "Request 1");
  static final Page REQUEST_2 = Page.of("request-2", "Request 2");
  static final Page ADMIN_1 = Page.of("admin-1", "Admin 1");

  static final Persona ANONYMOUS = Persona.anonymous();
  static final Persona REQUESTER = Persona.of("requester").with(ROLE, "requester");
  static final Persona ADMIN = Persona.of("admin").with(ROLE, "admin");

  @Override
  public Navigation navigationFor(SessionState state) {
    String role = state.get(ROLE);
    if (role.isEmpty()) {
      return Navigation.of(LOGIN);
    }
    Navigation.Builder navigation =
        Navigation.builder()
            .section("Account", LOGOUT, SETTINGS)
            .section("Request", REQUEST_1.asDefault(), REQUEST_2);
    if (role.equals("admin")) {
      navigation.section("Admin", ADMIN_1);
    }
    return navigation.build();
  }
}
