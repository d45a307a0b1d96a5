package dev.pagenav.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.pagenav.NavigationPolicy;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

@ExtendWith(PageNavExtension.class)
class PageNavExtensionTest {

  static final NavigationPolicy POLICY = new RoleNavigation();
  static final Persona ANONYMOUS = RoleNavigation.ANONYMOUS;
  static final Persona ADMIN = RoleNavigation.ADMIN;

  @Test
  void resolveWhenPolicyAndPersonasDeclaredThenMatrixWithPersonasInOrder(AccessMatrix matrix) {
    assertThat(matrix.personas()).containsExactly(ANONYMOUS, ADMIN);
    assertThat(matrix.access("admin", "admin-1")).isEqualTo(Access.REACHABLE);
  }

  @Nested
  @ExtendWith(PageNavExtension.class)
  class WithList {

    static final NavigationPolicy POLICY = new RoleNavigation();
    static final List<Persona> PERSONAS = List.of(RoleNavigation.ADMIN, RoleNavigation.ANONYMOUS);

    @Test
    void resolveWhenPersonaListDeclaredThenItsOrder(AccessMatrix matrix) {
      assertThat(matrix.personas()).containsExactly(RoleNavigation.ADMIN, RoleNavigation.ANONYMOUS);
    }
  }

  static class NoPolicy {
    static final Persona ANONYMOUS = Persona.anonymous();
  }

  @Test
  void resolveWhenNoPolicyDeclaredThenFailsSayingWhatToDeclare() {
    ExtensionContext context = mock(ExtensionContext.class);
    when(context.getRequiredTestClass()).thenAnswer(call -> NoPolicy.class);

    assertThatThrownBy(
            () -> new PageNavExtension().resolveParameter(mock(ParameterContext.class), context))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("has 0 static NavigationPolicy fields and 1 static Persona fields");
  }
}
