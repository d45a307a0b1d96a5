package dev.pagenav.security;

/** Who sends the request: the role the session logs in with, or none. */
enum Persona {
  ANONYMOUS(""),
  USER("user"),
  ADMIN("admin");

  private final String role;

  Persona(String role) {
    this.role = role;
  }

  String role() {
    return role;
  }
}
