package dev.pagenav.consumer;

import static dev.pagenav.test.PageNavAssertions.assertThat;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.test.AccessMatrix;
import dev.pagenav.test.PageNavExtension;
import dev.pagenav.test.Persona;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PageNavExtension.class)
class ReportsNavigationTest {

  static final NavigationPolicy POLICY = new ReportsNavigation();
  static final Persona ANONYMOUS = Persona.anonymous();
  static final Persona LOGGED_IN = Persona.of("logged in").with(ReportsNavigation.LOGGED_IN, true);

  @Test
  void accessMatrixWhenBuiltThenMatchesTheCommittedOne(AccessMatrix matrix) {
    matrix.assertMatches(Path.of("src/test/resources/access-matrix.md"));
  }

  @Test
  void navigationForWhenLoggedOutThenOnlyTheLoginPage() {
    assertThat(POLICY, ANONYMOUS)
        .reaches("login")
        .hasDefaultPage("login")
        .doesNotReach("dashboard", "reports/sales", "reports/traffic")
        .cannotSwitchTo("dashboard");
  }

  @Test
  void navigationForWhenLoggedInThenTheDashboardAndTheReports() {
    assertThat(POLICY, LOGGED_IN)
        .reaches("dashboard", "reports/sales", "reports/traffic")
        .doesNotReach("login")
        .hasDefaultPage("dashboard")
        .showsSections("", "Reports")
        .showsItems("Dashboard", "Sales", "Traffic")
        .onPage("reports/sales")
        .hasActiveLinkTo("reports/sales")
        .hasInactiveLinkTo("dashboard");
  }
}
