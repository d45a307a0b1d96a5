package dev.pagenav.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redirects never leave the site, and the page to return to after login is only ever a canonical
 * page the new navigation holds, remembered only from a top-level GET.
 */
class RedirectsIT {

  static Stream<Arguments> offSiteTargets() {
    List<String> targets =
        List.of(
            "//evil.example",
            "//evil.example/",
            "///evil.example/",
            "/\\evil.example",
            "/\\\\evil.example/",
            "/%2f%2fevil.example",
            "/%2F/evil.example/",
            "/%5c%5cevil.example",
            "//evil.example/admin/",
            "/%0d%0aLocation:%20http://evil.example/",
            "/admin%0d%0aLocation:%20//evil.example/",
            "/http://evil.example/",
            "/https:/evil.example/",
            "/javascript:alert(1)/",
            "/%68ttp://evil.example/",
            "/admin/?next=//evil.example",
            "/reports/?return=https://evil.example",
            "/public/?%0d%0aSet-Cookie:x=1",
            "/@evil.example/",
            "/.evil.example/");
    List<Arguments> cases = new ArrayList<>();
    for (Deployment deployment : Containers.all()) {
      for (Persona persona : Persona.values()) {
        targets.forEach(target -> cases.add(Arguments.of(deployment, persona, target)));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> deployments() {
    return Containers.all().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("offSiteTargets")
  void redirectWhenTargetLooksOffSiteThenLocationStaysOnTheOrigin(
      Deployment deployment, Persona persona, String target) throws IOException {
    Response response = deployment.client(persona).get(deployment.contextPath() + target);

    String where = deployment + " " + persona + " " + target + " -> " + response.status();
    assertThat(response.status()).as(where).isIn(301, 303, 400, 404);
    Verdict.staysOnSite(deployment, response, where);
    assertThat(response.headers()).as(where).doesNotContainKey("x-injected");
    assertThat(response.headers().getOrDefault("set-cookie", List.of()))
        .as(where)
        .noneMatch(cookie -> cookie.startsWith("x="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void returnToWhenPageRequestedBeforeLoginThenLoginLandsOnIt(Deployment deployment)
      throws IOException {
    RawHttp client = new RawHttp(deployment.port());
    client.get(deployment.contextPath() + "/reports");

    Response login = login(deployment, client, "user");

    assertThat(login.location()).isEqualTo(deployment.contextPath() + "/reports");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void returnToWhenPageUnreachableAfterLoginThenDefaultPage(Deployment deployment)
      throws IOException {
    RawHttp client = new RawHttp(deployment.port());
    client.get(deployment.contextPath() + "/admin");

    Response login = login(deployment, client, "user");

    assertThat(login.location()).isEqualTo(deployment.contextPath() + "/");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void returnToWhenUsedOnceThenConsumed(Deployment deployment) throws IOException {
    RawHttp client = new RawHttp(deployment.port());
    client.get(deployment.contextPath() + "/reports");
    login(deployment, client, "user");

    Response again = login(deployment, client, "admin");

    assertThat(again.location()).isEqualTo(deployment.contextPath() + "/");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void returnToWhenUnknownPathRequestedThenNeverRemembered(Deployment deployment)
      throws IOException {
    RawHttp client = new RawHttp(deployment.port());
    client.get(deployment.contextPath() + "/public");
    client.get(deployment.contextPath() + "/evil.example");

    Response login = login(deployment, client, "user");

    assertThat(login.location()).isEqualTo(deployment.contextPath() + "/");
  }

  static Stream<Arguments> requestsNeverSaved() {
    List<Arguments> cases = new ArrayList<>();
    List<Member> members =
        List.of(
            Member.page("/reports", "reports").with("POST", Map.of()),
            Member.page("/reports", "reports").with("PUT", Map.of()),
            Member.page("/reports", "reports").with("DELETE", Map.of()),
            Member.page("/reports", "reports").with("HEAD", Map.of()),
            Member.page("/reports", "reports")
                .with("GET", Map.of("X-Requested-With", "XMLHttpRequest")),
            Member.page("/reports", "reports").with("GET", Map.of("Sec-Fetch-Mode", "cors")),
            Member.page("/reports", "reports").with("GET", Map.of("Sec-Fetch-Mode", "no-cors")),
            Member.page("/reports", "reports").with("GET", Map.of("Accept", "application/json")),
            Member.page("/reports", "reports").with("GET", Map.of("Purpose", "prefetch")),
            Member.page("/reports", "reports").with("GET", Map.of("Sec-Purpose", "prefetch")));
    for (Deployment deployment : Containers.all()) {
      members.forEach(member -> cases.add(Arguments.of(deployment, member)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requestsNeverSaved")
  void returnToWhenNotATopLevelGetThenNeverSaved(Deployment deployment, Member member)
      throws IOException {
    RawHttp client = new RawHttp(deployment.port());
    client.get(deployment.contextPath() + "/public"); // a session, so only the request decides
    client.send(member.method(), deployment.contextPath() + member.target(), member.headers(), "");

    Response login = login(deployment, client, "user");

    assertThat(login.location()).as(member.toString()).isEqualTo(deployment.contextPath() + "/");
  }

  private static Response login(Deployment deployment, RawHttp client, String role)
      throws IOException {
    Response login =
        client.post(deployment.contextPath() + "/login?role=" + role, deployment.origin());
    assertThat(login.status()).isEqualTo(303);
    return login;
  }
}
