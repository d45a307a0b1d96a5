package dev.pagenav.samples.spring;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.test.AccessMatrix;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The access matrix as a page of its own: which persona reaches which page, in every logged-in
 * navigation but hidden from the menu. Like any page, it never reaches its handler logged out.
 */
@Controller
final class AccessPage {

  private final String html;

  // The policy reads nothing but the session state, so the matrix is the same for the app's life.
  AccessPage(NavigationPolicy policy) {
    this.html = AccessMatrix.of(policy, Personas.ALL).toHtml();
  }

  @GetMapping(value = "/access", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String access() {
    return html;
  }
}
