package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.RoleNavigation.ROLE;

import dev.pagenav.test.Persona;
import java.util.List;

/**
 * The visitors of the sample as named session states: one logged out and one per role. The access
 * rules are proven with them in plain unit tests, and the access page and the {@code pagenav}
 * actuator endpoint tabulate them, so all three show the same visitors.
 */
final class Personas {

  static final Persona ANONYMOUS = Persona.anonymous();
  static final Persona REQUESTER = logged(Role.REQUESTER);
  static final Persona RESPONDER = logged(Role.RESPONDER);
  static final Persona ADMIN = logged(Role.ADMIN);

  /** Every persona, in the order of the access matrix's columns. */
  static final List<Persona> ALL = List.of(ANONYMOUS, REQUESTER, RESPONDER, ADMIN);

  private Personas() {}

  // Named by the login form's value, so the matrix's columns read like the roles people choose.
  private static Persona logged(Role role) {
    return Persona.of(role.formValue()).with(ROLE, role);
  }
}
