package dev.pagenav.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.Page;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The router's invariant over real HTTP, on every container and context: for a generated target and
 * persona, the answer is 400, a 301 to a canonical path, a 303 to the root, or a page in the
 * persona's navigation; never a 500, never another page's body, never a redirect off the site.
 */
class HttpPropertyIT {

  @Provide
  Arbitrary<String> targets() {
    return Targets.targets();
  }

  @Provide
  Arbitrary<Persona> personas() {
    return Targets.personas();
  }

  @Provide
  Arbitrary<Deployment> deployments() {
    return Arbitraries.of(Containers.all());
  }

  @Property(tries = 1_000)
  void requestWhenAnyTargetThenOnlyAllowedAnswers(
      @ForAll("targets") String target,
      @ForAll("personas") Persona persona,
      @ForAll("deployments") Deployment deployment)
      throws IOException {
    Response response = deployment.client(persona).get(deployment.contextPath() + target);

    String where = deployment + " " + persona + " " + target + " -> " + response.status();
    String root = deployment.contextPath() + "/";
    Set<String> reachable = SecurityApp.reachable(persona);
    for (Page page : SecurityApp.ALL) {
      if (!reachable.contains(page.urlPath())) {
        assertThat(response.body()).as(where).doesNotContain(SecurityApp.marker(page.urlPath()));
      }
    }
    Verdict.staysOnSite(deployment, response, where);
    switch (response.status()) {
      case 400 -> {}
      case 301 -> {
        String path = response.location().split("\\?", 2)[0];
        assertThat(path).as(where).isNotEqualTo(root).doesNotEndWith("/");
      }
      case 302 -> // Tomcat's own redirect of a target that normalises to the context path
          assertThat(Verdict.onSite(deployment, response.location()).split("\\?", 2)[0])
              .as(where)
              .isEqualTo(root);
      case 404 -> assertThat(deployment.isAlone()).as(where).isTrue();
      case 303 -> assertThat(response.location().split("\\?", 2)[0]).as(where).isEqualTo(root);
      case 200 ->
          assertThat(
                  reachable.stream()
                      .anyMatch(page -> response.body().contains(SecurityApp.marker(page))))
              .as(where)
              .isTrue();
      default -> assertThat(List.of(400, 301, 302, 303, 200)).as(where).contains(response.status());
    }
  }
}
