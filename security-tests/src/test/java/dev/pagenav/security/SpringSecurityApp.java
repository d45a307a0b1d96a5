package dev.pagenav.security;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.servlet.PageContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The application under attack on the Spring adapter: the same policy and pages as {@link
 * SecurityApp}, served by controller methods.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(SpringSecurityApp.Pages.class)
class SpringSecurityApp {

  @Bean
  NavigationPolicy navigationPolicy() {
    return SecurityApp::navigation;
  }

  /** The pages; each answers every method, like the servlet fixture's handlers. */
  @Controller
  @ResponseBody
  static class Pages {

    @RequestMapping(path = "/login", produces = MediaType.TEXT_PLAIN_VALUE)
    String login(
        PageContext page, HttpServletRequest request, @RequestParam(required = false) String role) {
      if (request.getMethod().equals("POST") && role != null) {
        page.login();
        page.state().set(SecurityApp.ROLE, role);
        page.switchToReturnPage();
      }
      return SecurityApp.marker("login");
    }

    @RequestMapping(path = "/logout", produces = MediaType.TEXT_PLAIN_VALUE)
    String logout(PageContext page, HttpServletRequest request) {
      if (request.getMethod().equals("POST")) {
        page.logout();
        page.switchPage(SecurityApp.HOME);
      }
      return SecurityApp.marker("logout");
    }

    @RequestMapping(path = "/public", produces = MediaType.TEXT_PLAIN_VALUE)
    void publicPage(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      SecurityApp.servePublic(request, response);
    }

    @RequestMapping(path = "/public/prefs", produces = MediaType.TEXT_PLAIN_VALUE)
    String prefs(
        PageContext page,
        HttpServletRequest request,
        @RequestParam(required = false) String first,
        @RequestParam(required = false) String second) {
      if (request.getMethod().equals("POST")) {
        if (first != null) {
          page.state().set(SecurityApp.FIRST, first);
        }
        if (second != null) {
          page.state().set(SecurityApp.SECOND, second);
        }
      }
      return SecurityApp.marker("public/prefs")
          + " first="
          + page.state().get(SecurityApp.FIRST)
          + " second="
          + page.state().get(SecurityApp.SECOND);
    }

    @RequestMapping(path = "/home", produces = MediaType.TEXT_PLAIN_VALUE)
    String home() {
      return SecurityApp.marker("home");
    }

    @RequestMapping(path = "/public/help", produces = MediaType.TEXT_PLAIN_VALUE)
    String help() {
      return SecurityApp.marker("public/help");
    }

    @RequestMapping(path = "/reports", produces = MediaType.TEXT_PLAIN_VALUE)
    String reports() {
      return SecurityApp.marker("reports");
    }

    @RequestMapping(path = "/admin", produces = MediaType.TEXT_PLAIN_VALUE)
    String admin() {
      return SecurityApp.marker("admin");
    }

    @RequestMapping(path = "/admin/users", produces = MediaType.TEXT_PLAIN_VALUE)
    String users() {
      return SecurityApp.marker("admin/users");
    }
  }
}
