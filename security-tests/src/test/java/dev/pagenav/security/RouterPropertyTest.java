package dev.pagenav.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.PageNav;
import dev.pagenav.RouteRequest;
import dev.pagenav.RoutingDecision;
import dev.pagenav.RoutingDecision.Outcome;
import dev.pagenav.SessionState;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariant of the in-process router, for generated request-targets and personas: 400, a 301 to
 * a canonical path, a 303 to the root, or a page in the persona's navigation.
 */
class RouterPropertyTest {

  private static final PageNav PAGE_NAV = SecurityApp.filter().pageNav();

  @Provide
  Arbitrary<String> targets() {
    return Targets.targets();
  }

  @Provide
  Arbitrary<Persona> personas() {
    return Targets.personas();
  }

  @Property(tries = 10_000)
  void decideWhenAnyTargetThenOnlyAllowedOutcomes(
      @ForAll("targets") String target, @ForAll("personas") Persona persona) {
    int query = target.indexOf('?');
    RouteRequest request =
        RouteRequest.builder("GET", query < 0 ? target : target.substring(0, query))
            .query(query < 0 ? null : target.substring(query + 1))
            .build();
    SessionState state = SessionState.empty();
    if (!persona.role().isEmpty()) {
      state.set(SecurityApp.ROLE, persona.role());
    }

    RoutingDecision decision = PAGE_NAV.decide(request, state);

    Outcome outcome = decision.outcome();
    String where = persona + " " + target + " -> " + decision;
    assertThat(outcome)
        .as(where)
        .isIn(
            Outcome.BAD_REQUEST,
            Outcome.MOVED,
            Outcome.UNREACHABLE,
            Outcome.REDIRECT,
            Outcome.RENDER,
            Outcome.PASS);
    Set<String> reachable = SecurityApp.reachable(persona);
    switch (outcome) {
      case RENDER -> assertThat(reachable).as(where).contains(decision.page().urlPath());
      case UNREACHABLE, REDIRECT ->
          assertThat(decision.location().split("\\?", 2)[0]).as(where).isEqualTo("/");
      case MOVED ->
          assertThat(decision.location()).as(where).startsWith("/").doesNotStartWith("//");
      case PASS -> assertThat(target).as(where).startsWith("/static");
      default -> {}
    }
  }
}
