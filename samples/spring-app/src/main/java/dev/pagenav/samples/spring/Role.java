package dev.pagenav.samples.spring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Who the visitor logged in as; each role sees its own sections of the navigation. */
enum Role {
  REQUESTER("Requester"),
  RESPONDER("Responder"),
  ADMIN("Admin");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /**
   * Returns the role a login form sent.
   *
   * @param value the form value, such as {@code requester}
   * @return the role, or empty when the value names none
   */
  static Optional<Role> fromFormValue(String value) {
    return Arrays.stream(values()).filter(role -> role.formValue().equals(value)).findFirst();
  }

  /**
   * Returns the choices of the login form, as plain strings a template can read.
   *
   * @return each role's form value and title, in order
   */
  static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (Role role : values()) {
      choices.put(role.formValue(), role.title());
    }
    return choices;
  }

  /** The value of this role in the login form. */
  String formValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name shown to people. */
  String title() {
    return title;
  }
}
