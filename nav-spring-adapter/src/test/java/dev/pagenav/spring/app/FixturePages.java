package dev.pagenav.spring.app;

import static dev.pagenav.spring.app.FixtureApp.DASHBOARD;
import static dev.pagenav.spring.app.FixtureApp.LOGGED_IN;
import static dev.pagenav.spring.app.FixtureApp.LOGIN;
import static dev.pagenav.spring.app.FixtureApp.ROLE;

import dev.pagenav.Navigator;
import dev.pagenav.Page;
import dev.pagenav.SessionState;
import dev.pagenav.servlet.PageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The fixture's pages as controller methods, and one API outside the navigation. */
@Controller
public class FixturePages {

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("heading", "Log in");
    return "page";
  }

  @PostMapping("/login")
  Page login(PageContext page, @RequestParam(defaultValue = "") String role) {
    page.login();
    page.state().set(LOGGED_IN, true);
    page.state().set(ROLE, role);
    return DASHBOARD;
  }

  @GetMapping("/logout")
  String logoutForm(Model model) {
    model.addAttribute("heading", "Log out");
    return "page";
  }

  @PostMapping("/logout")
  void logout(PageContext page, Navigator navigator) {
    page.logout();
    navigator.switchPage(LOGIN);
  }

  @GetMapping("/dashboard")
  String dashboard(Model model, SessionState state) {
    model.addAttribute("heading", "Dashboard");
    model.addAttribute("role", state.get(ROLE));
    return "page";
  }

  @GetMapping("/bugs")
  String bugs(
      Model model, @RequestParam(defaultValue = "") String via, HttpServletResponse response)
      throws IOException {
    if (via.equals("error")) {
      response.sendError(410);
      return null;
    }
    if (!via.isEmpty()) {
      return "forward:/" + via;
    }
    model.addAttribute("heading", "Bug reports");
    return "page";
  }

  @GetMapping("/admin")
  String admin(Model model) {
    model.addAttribute("heading", "Admin content");
    return "page";
  }

  @GetMapping("/settings")
  String settings(Model model) {
    model.addAttribute("heading", "Settings");
    return "page";
  }

  @PostMapping("/settings")
  @ResponseBody
  Page saveSettings() {
    return DASHBOARD;
  }

  @GetMapping("/api/ping")
  @ResponseBody
  String ping() {
    return "pong";
  }
}
