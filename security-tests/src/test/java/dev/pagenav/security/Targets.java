package dev.pagenav.security;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A grammar of request-targets: page segments, dots, slashes, semicolons, percent-escapes valid and
 * broken, whitespace, control and non-ASCII characters, trailing slashes and queries.
 */
final class Targets {

  private static final List<String> PIECES =
      List.of(
          "admin",
          "users",
          "public",
          "help",
          "reports",
          "home",
          "login",
          "logout",
          "prefs",
          "Admin",
          "ADMIN",
          "x",
          "a.b",
          "~",
          "-",
          "_",
          ".",
          "..",
          "...",
          "",
          "%2e",
          "%2E",
          "%2e%2e",
          ".%2e",
          "%2f",
          "%2F",
          "%5c",
          "\\",
          ";",
          ";x=1",
          "%3b",
          "%3B",
          "%25",
          "%252e",
          "%252f",
          "%00",
          "%0a",
          "%0d",
          "%09",
          "%20",
          "%7f",
          "%e2%80%a8",
          "%c0%ae",
          "%C3",
          "%E2%82",
          "%zz",
          "%",
          "%2",
          "%61dmin",
          "adm%69n",
          "\u00e9",
          "\u00ff",
          "%c3%a9",
          "%ef%bc%8f",
          "%e2%80%8b",
          "+",
          "%2b",
          "*",
          "{id}",
          "$",
          "!",
          "'",
          "(",
          ")",
          ",",
          "=",
          ":",
          "@",
          ".json",
          "admin.css",
          "#",
          "?");

  private Targets() {}

  static Arbitrary<String> targets() {
    Arbitrary<String> path =
        Arbitraries.of(PIECES)
            .list()
            .ofMinSize(1)
            .ofMaxSize(5)
            .map(pieces -> "/" + String.join("/", pieces));
    Arbitrary<String> glue = Arbitraries.of("", "", "", "/", "//");
    Arbitrary<String> query =
        Arbitraries.of("", "", "", "?x=1", "?next=//evil.example", "?a=%0d%0a", "?.css");
    return Combinators.combine(path, glue, query).as((p, g, q) -> p + g + q);
  }

  static Arbitrary<Persona> personas() {
    return Arbitraries.of(Persona.class);
  }
}
