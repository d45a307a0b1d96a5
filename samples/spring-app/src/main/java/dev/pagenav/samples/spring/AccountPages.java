package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.RoleNavigation.MENU_POSITION;
import static dev.pagenav.samples.spring.RoleNavigation.ROLE;

import dev.pagenav.MenuPosition;
import dev.pagenav.SessionState;
import dev.pagenav.servlet.PageContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages every visitor has: log in, log out, settings and the about page.
 *
 * <p>A form value these pages do not know (a role other than {@code requester}, {@code responder}
 * or {@code admin}, a menu position other than {@code sidebar}, {@code top} or {@code hidden})
 * answers 400 with the same page and a message saying what to choose; nothing is stored, and at
 * login the session id stays as it was. Settings also switches the role of a logged-in visitor,
 * which renews the session id as a login does.
 */
@Controller
final class AccountPages {

  static final String UNKNOWN_ROLE =
      "Choose a role from the list: Requester, Responder or Admin. You are still logged out.";
  static final String UNKNOWN_POSITION =
      "Choose where the menu goes: sidebar, top or hidden. Nothing was changed.";
  static final String UNKNOWN_ROLE_SWITCH =
      "Choose a role from the list: Requester, Responder or Admin. Your role was not changed.";

  @GetMapping("/login")
  String loginForm(Model model) {
    model.addAttribute("roles", Role.choices());
    return "login";
  }

  @PostMapping("/login")
  ModelAndView login(PageContext page, @RequestParam(defaultValue = "") String role) {
    Optional<Role> chosen = Role.fromFormValue(role);
    if (chosen.isPresent()) {
      page.login(); // a new session id before the session gains privileges
      page.state().set(ROLE, chosen.get());
      page.switchToReturnPage(); // ends here: 303 to the page asked for earlier, else the default
    }
    return refused("login", Map.of("roles", Role.choices(), "error", UNKNOWN_ROLE));
  }

  @GetMapping("/logout")
  String logoutForm() {
    return "logout";
  }

  // Only a POST logs out, so a link or a prefetch cannot end the session.
  @PostMapping("/logout")
  void logout(PageContext page) {
    page.logout();
    page.rerun();
  }

  @GetMapping("/settings")
  String settings(Model model, SessionState state) {
    model.addAllAttributes(settingsModel(state));
    return "settings";
  }

  @PostMapping("/settings")
  ModelAndView saveSettings(PageContext page, @RequestParam(defaultValue = "") String position) {
    Optional<MenuPosition> chosen = menuPosition(position);
    if (chosen.isPresent()) {
      page.state().set(MENU_POSITION, chosen.get());
      page.rerun(); // ends here: 303 back to the settings, drawn with the new menu
    }
    return refused("settings", withError(settingsModel(page.state()), UNKNOWN_POSITION));
  }

  @PostMapping(path = "/settings", params = "role")
  ModelAndView switchRole(PageContext page, @RequestParam String role) {
    Optional<Role> chosen = Role.fromFormValue(role);
    if (chosen.isPresent()) {
      page.login(); // another role is a privilege change: a new session id first, as at login
      page.state().set(ROLE, chosen.get());
      page.rerun(); // ends here: 303 back to the settings, with the new role's navigation
    }
    return refused("settings", withError(settingsModel(page.state()), UNKNOWN_ROLE_SWITCH));
  }

  private static Map<String, Object> settingsModel(SessionState state) {
    Role role = state.get(ROLE);
    return Map.of(
        "position", formValue(state.get(MENU_POSITION)),
        "roles", Role.choices(),
        "role", role == null ? "" : role.formValue());
  }

  private static Map<String, Object> withError(Map<String, Object> model, String error) {
    Map<String, Object> refused = new HashMap<>(model);
    refused.put("error", error);
    return refused;
  }

  @GetMapping("/about")
  String about() {
    return "about";
  }

  private static ModelAndView refused(String view, Map<String, ?> model) {
    return new ModelAndView(view, model, HttpStatus.BAD_REQUEST);
  }

  private static Optional<MenuPosition> menuPosition(String value) {
    return Arrays.stream(MenuPosition.values())
        .filter(position -> formValue(position).equals(value))
        .findFirst();
  }

  private static String formValue(MenuPosition position) {
    return position.name().toLowerCase(Locale.ROOT);
  }
}
