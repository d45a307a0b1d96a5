package dev.pagenav.samples.spring;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.test.AccessMatrix;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The access matrix as a page of its own: which persona reaches which page, in every logged-in
 * navigation but hidden from the menu. It is drawn in the sample's layout, with the menu and the
 * sample's colours, so it reads like the other pages in light and dark schemes. Like any page, it
 * never reaches its handler logged out.
 */
@Controller
final class AccessPage {

  private final String table;

  // The policy reads nothing but the session state, so the matrix is the same for the app's life.
  AccessPage(NavigationPolicy policy) {
    this.table = AccessMatrix.of(policy, Personas.ALL).toHtmlTable();
  }

  @GetMapping("/access")
  String access(Model model) {
    model.addAttribute("table", table);
    return "access";
  }
}
