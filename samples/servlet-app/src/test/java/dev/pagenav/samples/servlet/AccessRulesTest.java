package dev.pagenav.samples.servlet;

import static dev.pagenav.test.PageNavAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.test.Access;
import dev.pagenav.test.AccessMatrix;
import dev.pagenav.test.PageNavExtension;
import dev.pagenav.test.Persona;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who reaches which page of the sample, proven with the policy alone: no server, no servlet. */
@ExtendWith(PageNavExtension.class)
class AccessRulesTest {

  static final NavigationPolicy POLICY = new LoginNavigation();
  static final Persona ANONYMOUS = LoginNavigation.PERSONAS.get(0);
  static final Persona LOGGED_IN = LoginNavigation.PERSONAS.get(1);

  private static final Path GOLDEN = Path.of("src/test/resources/access-matrix.md");
  private static final List<String> MEMBER_PAGES =
      List.of("logout", "dashboard", "bugs", "alerts", "search", "history");

  @Test
  void accessMatrixWhenBuiltThenMatchesTheCommittedOne(AccessMatrix matrix) {
    matrix.assertMatches(GOLDEN);
  }

  @Test
  void anonymousWhenLoggedOutThenOnlyTheLoginPage() {
    assertThat(POLICY, ANONYMOUS)
        .reaches("login")
        .hasDefaultPage("login")
        .doesNotReach(MEMBER_PAGES.toArray(String[]::new))
        .doesNotReach("access")
        .cannotSwitchTo("dashboard");
  }

  @Test
  void loggedInWhenMemberThenReportsToolsAndTheHiddenMatrix() {
    assertThat(POLICY, LOGGED_IN)
        .reaches(MEMBER_PAGES.toArray(String[]::new))
        .reaches("access")
        .doesNotReach("login")
        .hasDefaultPage("dashboard")
        .showsSections("Account", "Reports", "Tools")
        .showsItems("Log out", "Dashboard", "Bug reports", "System alerts", "Search", "History")
        .cannotSwitchTo("login")
        .onPage("bugs")
        .hasActiveLinkTo("bugs")
        .hasInactiveLinkTo("alerts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"logout", "dashboard", "bugs", "alerts", "search", "history"})
  void matrixWhenMemberPageThenOnlyTheLoggedInPersonaReachesIt(String page, AccessMatrix matrix) {
    assertThat(matrix.access("anonymous", page)).isEqualTo(Access.NOT_REACHABLE);
    assertThat(matrix.access("logged in", page).isReachable()).isTrue();
    assertThat(matrix.access("anonymous", "login")).isEqualTo(Access.DEFAULT);
    assertThat(matrix.access("logged in", "login")).isEqualTo(Access.NOT_REACHABLE);
  }

  @Test
  void goldenCheckWhenAnonymousGainsAPageThenFailsNamingPersonaAndPage() {
    NavigationPolicy mutated =
        state ->
            state.names().isEmpty()
                ? Navigation.of(LoginNavigation.LOGIN, LoginNavigation.BUGS)
                : POLICY.navigationFor(state);

    AccessMatrix matrix = AccessMatrix.of(mutated, ANONYMOUS, LOGGED_IN);

    assertThat(matrix.differencesFrom(GOLDEN))
        .hasValueSatisfying(
            differences ->
                assertThat(differences)
                    .contains("persona 'anonymous' gained page 'bugs' (no -> yes)"));
  }
}
