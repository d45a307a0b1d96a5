package dev.pagenav.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.Page;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.Set;

/**
 * The rules every response must keep: never a 500, never the body of a page outside the persona's
 * navigation, never a {@code Location} that leaves the origin; and then the member's own
 * expectation.
 */
final class Verdict {

  private Verdict() {}

  static Response send(Deployment deployment, Persona persona, Member member) throws IOException {
    Response response =
        deployment
            .client(persona)
            .send(member.method(), deployment.prefix() + member.target(), member.headers(), "");
    holds(deployment, persona, member, response);
    return response;
  }

  static void holds(Deployment deployment, Persona persona, Member member, Response response) {
    String where =
        deployment
            + " "
            + persona
            + " "
            + member
            + " -> "
            + response.status()
            + (response.header("Location") == null ? "" : " " + response.header("Location"));
    assertThat(response.status()).as(where).isBetween(200, 499);
    Set<String> reachable = SecurityApp.reachable(persona);
    for (Page page : SecurityApp.ALL) {
      if (!reachable.contains(page.urlPath())) {
        assertThat(response.body()).as(where).doesNotContain(SecurityApp.marker(page.urlPath()));
      }
    }
    staysOnSite(deployment, response, where);
    boolean read = member.method().equals("GET") || member.method().equals("HEAD");
    expected(deployment, reachable, member.expect(), read, response, where);
  }

  static void staysOnSite(Deployment deployment, Response response, String where) {
    String location = onSite(deployment, response.header("Location"));
    if (location != null) {
      String path = location.split("\\?", 2)[0];
      assertThat(location).as(where).doesNotContain("\r", "\n");
      assertThat(path)
          .as(where)
          .startsWith(deployment.prefix() + "/")
          .doesNotStartWith("//")
          .doesNotContain("\\", "://");
    }
  }

  private static void canonical(
      Set<String> reachable,
      String page,
      boolean read,
      Response response,
      String root,
      String where) {
    if (page.isEmpty()) {
      assertThat(response.status()).as(where).isEqualTo(200);
      assertThat(response.body()).as(where).contains(SecurityApp.marker("home"));
    } else if (reachable.contains(page) && !(read && page.equals("home"))) {
      assertThat(response.status()).as(where).isEqualTo(200);
      if (!bodiless(response)) {
        assertThat(response.body()).as(where).contains(SecurityApp.marker(page));
      }
    } else {
      assertThat(response.status()).as(where).isEqualTo(303);
      assertThat(response.location()).as(where).startsWith(root);
    }
  }

  /**
   * Returns a Location with this deployment's own origin taken off, as Spring Boot's Tomcat writes
   * it.
   */
  static String onSite(Deployment deployment, String location) {
    return location != null && location.startsWith(deployment.origin() + "/")
        ? location.substring(deployment.origin().length())
        : location;
  }

  /**
   * Returns whether the container answered before the filter with a redirect to the context root,
   * which Tomcat does for a target that normalises to the context path without its slash.
   */
  private static boolean isContainerRootRedirect(Deployment deployment, Response response) {
    return !deployment.container().equals("jetty")
        && !deployment.contextPath().isEmpty()
        && response.status() == 302
        && (deployment.contextPath() + "/")
            .equals(onSite(deployment, response.location()).split("\\?", 2)[0]);
  }

  /** Returns whether the response has no body to look into, as a HEAD answer. */
  private static boolean bodiless(Response response) {
    return response.body().isEmpty();
  }

  private static void expected(
      Deployment deployment,
      Set<String> reachable,
      Member.Expect expect,
      boolean read,
      Response response,
      String where) {
    String root = deployment.contextPath() + "/";
    if (expect instanceof Member.Malformed && isContainerRootRedirect(deployment, response)) {
      return; // Tomcat normalises '/ctx/admin/..' to '/ctx' and adds the slash itself
    }
    if (expect instanceof Member.Malformed && deployment.isAlone() && response.status() == 404) {
      return; // Tomcat normalised the target out of the only context of its server
    }
    if (expect instanceof Member.Malformed) {
      assertThat(response.status()).as(where).isEqualTo(400);
    } else if (expect instanceof Member.OtherContext) {
      // The root context's application answers, or 404 where the server has none.
      assertThat(response.status()).as(where).isIn(303, 404);
      if (response.status() == 303) {
        assertThat(response.location()).as(where).isEqualTo("/");
      }
    } else if (expect instanceof Member.Refused) {
      assertThat(response.status()).as(where).isIn(400, 404);
    } else if (expect instanceof Member.NotAllowed) {
      assertThat(response.status()).as(where).isEqualTo(405);
    } else if (expect instanceof Member.Moved moved) {
      assertThat(response.status()).as(where).isEqualTo(301);
      assertThat(response.location()).as(where).isEqualTo(deployment.prefix() + moved.location());
    } else if (expect instanceof Member.Canonical canonical) {
      canonical(reachable, canonical.urlPath(), read, response, root, where);
    }
  }
}
