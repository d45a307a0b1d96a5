package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.pagenav.Page;
import dev.pagenav.servlet.PageNavFilter;
import dev.pagenav.spring.app.FixtureApp;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spring Security's filter chain, run on its own, lets a request through exactly when pagenav's
 * decision lets it through: for every persona, every page of the application and paths that are no
 * page.
 */
@SpringBootTest(classes = FixtureApp.class)
@AutoConfigureMockMvc
class PageNavAuthorizationManagerTest {

  @Autowired MockMvc mvc;
  @Autowired FilterChainProxy security;
  @Autowired PageNavFilter pageNav;

  static Stream<Arguments> personasAndTargets() {
    List<String> targets = new ArrayList<>(List.of("/", "/nowhere", "/api/ping", "/error"));
    for (Page page : FixtureApp.PAGES) {
      targets.add("/" + page.urlPath());
    }
    List<Arguments> cases = new ArrayList<>();
    for (String persona : List.of("anonymous", "user", "admin")) {
      targets.forEach(target -> cases.add(Arguments.of(persona, target)));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("personasAndTargets")
  void authorizeWhenPersonaAndTargetThenAgreesWithPageNavBothWays(String persona, String target)
      throws Exception {
    HttpSession session = session(persona);

    boolean pageNavLetsThrough = !pageNav.decide(request(target, session)).outcome().denies();
    boolean securityLetsThrough = passesSecurity(request(target, session));

    assertThat(securityLetsThrough).isEqualTo(pageNavLetsThrough);
  }

  @ParameterizedTest
  @MethodSource("personasAndTargets")
  void authorizeWhenPersonaAndTargetThenGrantsExactlyTheNavigation(String persona, String target)
      throws Exception {
    boolean expected =
        switch (target) {
          case "/" -> true;
          case "/login" -> persona.equals("anonymous");
          case "/logout", "/dashboard", "/bugs", "/notes", "/settings" ->
              !persona.equals("anonymous");
          case "/admin" -> persona.equals("admin");
          default -> false;
        };

    assertThat(passesSecurity(request(target, session(persona)))).isEqualTo(expected);
  }

  private @Nullable HttpSession session(String persona) throws Exception {
    if (persona.equals("anonymous")) {
      return null;
    }
    return mvc.perform(post("/login").param("role", persona).with(csrf()))
        .andReturn()
        .getRequest()
        .getSession();
  }

  private static MockHttpServletRequest request(String target, @Nullable HttpSession session) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", target);
    if (session != null) {
      request.setSession(session);
    }
    return request;
  }

  private boolean passesSecurity(MockHttpServletRequest request) throws Exception {
    boolean[] reached = {false};
    security.doFilter(request, new MockHttpServletResponse(), (in, out) -> reached[0] = true);
    return reached[0];
  }
}
