package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.RoutingDecision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingDecisionTest {

  @ParameterizedTest
  @CsvSource({
    "RENDER, false",
    "PASS, false",
    "RESOURCE, false",
    "MENU, false",
    "REDIRECT, false",
    "MOVED, false",
    "UNREACHABLE, true",
    "BAD_REQUEST, true",
    "FORBIDDEN, true",
    "NOT_FOUND, true",
    "METHOD_NOT_ALLOWED, true"
  })
  void deniesWhenOutcomeThenOnlyRefusals(Outcome outcome, boolean denies) {
    assertThat(outcome.denies()).isEqualTo(denies);
  }
}
