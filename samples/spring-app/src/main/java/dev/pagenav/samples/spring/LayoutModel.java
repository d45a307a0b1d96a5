package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.RoleNavigation.ROLE;

import dev.pagenav.SessionState;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout of every page the visitor's role. Limited to the sample's own controllers, since
 * Spring Boot's error controller runs outside any page and has no session state to read.
 */
@ControllerAdvice(basePackageClasses = SpringApp.class)
final class LayoutModel {

  @ModelAttribute("role")
  String role(SessionState state) {
    Role role = state.get(ROLE);
    return role == null ? "Logged out" : role.title();
  }
}
