package dev.pagenav.samples.spring;

import dev.pagenav.MenuPosition;
import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import org.springframework.stereotype.Component;

/**
 * The pages of the sample and the policy that chooses among them by role: logged out, only the
 * login page; a requester gets the request pages, a responder the respond pages, an admin every
 * section. The menu position chosen in the settings is part of the navigation too.
 *
 * <p>An admin has eight menu items, more than fit at a glance, so the admin menu shows the first
 * five and folds the rest behind a "View 3 more" toggle.
 *
 * <p>Two more pages are hidden from the menu: the access matrix, linked from the settings for every
 * role, and the {@code pagenav} actuator endpoint, for admins only. Actuator paths are request
 * mappings like any other, so the navigation guards them too.
 */
@Component
final class RoleNavigation implements NavigationPolicy {

  static final StateKey<Role> ROLE = StateKey.of("role", Role.class);
  static final StateKey<MenuPosition> MENU_POSITION =
      StateKey.of("menu_position", MenuPosition.class, MenuPosition.SIDEBAR);

  static final Page LOGIN = Page.of("login", "Log in", ":material/login:");
  static final Page LOGOUT = Page.of("logout", "Log out", ":material/logout:");
  static final Page SETTINGS = Page.of("settings", "Settings", ":material/settings:");
  static final Page ABOUT = Page.of("about", "About", ":material/info:").hidden();
  static final Page ACCESS = Page.of("access", "Access matrix", ":material/table_view:").hidden();
  static final Page REQUEST_1 = Page.of("request-1", "Request 1", ":material/help:");
  static final Page REQUEST_2 = Page.of("request-2", "Request 2", ":material/bug_report:");
  static final Page RESPOND_1 = Page.of("respond-1", "Respond 1", ":material/healing:");
  static final Page RESPOND_2 = Page.of("respond-2", "Respond 2", ":material/handyman:");
  static final Page ADMIN_1 = Page.of("admin-1", "Admin 1", ":material/person_add:");
  static final Page ADMIN_2 = Page.of("admin-2", "Admin 2", ":material/security:");
  static final Page ACTUATOR = Page.of("actuator/pagenav", "Pages and access").hidden();

  /** How many items the admin menu shows before its "View N more" toggle. */
  static final int ADMIN_EXPANDED = 5;

  // Each role lands on its own first page, so the default is chosen per navigation. These are
  // constants too, so that pagenav recognises a navigation it built before and reuses it.
  private static final Page REQUESTER_HOME = REQUEST_1.asDefault();
  private static final Page RESPONDER_HOME = RESPOND_1.asDefault();
  private static final Page ADMIN_HOME = ADMIN_1.asDefault();

  private static final Navigation LOGGED_OUT = Navigation.of(LOGIN);

  @Override
  public Navigation navigationFor(SessionState state) {
    Role role = state.get(ROLE);
    if (role == null) {
      return LOGGED_OUT;
    }
    Navigation.Builder navigation =
        Navigation.builder()
            .position(state.get(MENU_POSITION))
            .section("Account", LOGOUT, SETTINGS, ABOUT, ACCESS);
    if (role == Role.REQUESTER || role == Role.ADMIN) {
      navigation.section("Request", role == Role.REQUESTER ? REQUESTER_HOME : REQUEST_1, REQUEST_2);
    }
    if (role == Role.RESPONDER || role == Role.ADMIN) {
      navigation.section("Respond", role == Role.RESPONDER ? RESPONDER_HOME : RESPOND_1, RESPOND_2);
    }
    if (role == Role.ADMIN) {
      navigation.section("Admin", ADMIN_HOME, ADMIN_2, ACTUATOR).expanded(ADMIN_EXPANDED);
    }
    return navigation.build();
  }
}
