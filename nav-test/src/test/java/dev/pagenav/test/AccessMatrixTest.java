package dev.pagenav.test;

import static dev.pagenav.test.RoleNavigation.ADMIN;
import static dev.pagenav.test.RoleNavigation.ANONYMOUS;
import static dev.pagenav.test.RoleNavigation.REQUESTER;
import static dev.pagenav.test.RoleNavigation.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessMatrixTest {

  private static final String MARKDOWN =
      """
      | page | anonymous | requester | admin |
      |---|---|---|---|
      | Log in (`login`) | default | no | no |
      | Log out (`logout`) | no | yes | yes |
      | Settings (`settings`) | no | hidden | hidden |
      | Request 1 (`request-1`) | no | default | default |
      | Request 2 (`request-2`) | no | yes | yes |
      | Admin 1 (`admin-1`) | no | no | yes |
      """;

  private final AccessMatrix matrix =
      AccessMatrix.of(new RoleNavigation(), ANONYMOUS, REQUESTER, ADMIN);

  @TempDir Path dir;

  @AfterEach
  void clearUpdate() {
    System.clearProperty(AccessMatrix.UPDATE_PROPERTY);
  }

  @Test
  void ofWhenPersonasGivenThenEveryPageOfTheirNavigationsWithEachAccess() {
    assertThat(matrix.pages())
        .extracting("urlPath")
        .containsExactly("login", "logout", "settings", "request-1", "request-2", "admin-1");
    assertThat(matrix.access("anonymous", "login")).isEqualTo(Access.DEFAULT);
    assertThat(matrix.access("requester", "settings")).isEqualTo(Access.HIDDEN);
    assertThat(matrix.access("requester", "admin-1")).isEqualTo(Access.NOT_REACHABLE);
    assertThat(matrix.access("admin", "admin-1")).isEqualTo(Access.REACHABLE);
  }

  @Test
  void toMarkdownWhenRenderedThenOneRowPerPageOneColumnPerPersona() {
    assertThat(matrix.toMarkdown()).isEqualTo(MARKDOWN);
  }

  @Test
  void toHtmlWhenRenderedThenTableWithHeadersAndEscapedValues() {
    AccessMatrix odd =
        AccessMatrix.of(
            state -> Navigation.of(dev.pagenav.Page.of("x", "<b>&\"x\"")), Persona.of("a<b"));

    assertThat(odd.toHtml())
        .startsWith("<!DOCTYPE html>")
        .contains("<th scope=\"col\">a&lt;b</th>")
        .contains("&lt;b&gt;&amp;&quot;x&quot; <code>x</code>")
        .contains("<td class=\"default\">default</td>")
        .doesNotContain("<b>");
  }

  @Test
  void toJsonWhenRenderedThenPersonasAndPagesWithAccessLabels() {
    String json = matrix.toJson();

    assertThat(json).contains("\"personas\" : [ \"anonymous\", \"requester\", \"admin\" ]");
    assertThat(json).contains("\"urlPath\" : \"admin-1\"", "\"admin\" : \"yes\"");
  }

  @Test
  void assertMatchesWhenGoldenEqualThenPasses() throws IOException {
    Path golden = Files.writeString(dir.resolve("matrix.md"), MARKDOWN);

    matrix.assertMatches(golden);
  }

  @Test
  void assertMatchesWhenPersonaGainsPageThenFailsNamingPersonaAndPage() throws IOException {
    Path golden = Files.writeString(dir.resolve("matrix.md"), MARKDOWN);
    NavigationPolicy mutated =
        state ->
            state.get(ROLE).equals("requester")
                ? new RoleNavigation().navigationFor(ADMIN.state())
                : new RoleNavigation().navigationFor(state);

    AccessMatrix changed = AccessMatrix.of(mutated, ANONYMOUS, REQUESTER, ADMIN);

    assertThatThrownBy(() -> changed.assertMatches(golden))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("persona 'requester' gained page 'admin-1' (no -> yes)")
        .hasMessageContaining("-Dpagenav.golden.update=true");
  }

  @Test
  void assertMatchesWhenPersonaLosesOrChangesPagesThenSaysWhich() throws IOException {
    Path golden =
        Files.writeString(
            dir.resolve("matrix.md"),
            MARKDOWN
                .replace("| no | no | yes |", "| yes | yes | yes |")
                .replace("| no | hidden | hidden |", "| no | yes | hidden |"));

    assertThatThrownBy(() -> matrix.assertMatches(golden))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("persona 'anonymous' lost page 'admin-1' (yes -> no)")
        .hasMessageContaining("persona 'requester' lost page 'admin-1' (yes -> no)")
        .hasMessageContaining(
            "persona 'requester' reaches page 'settings' differently (yes -> hidden)");
  }

  @Test
  void differencesFromWhenUpdatePropertySetThenComparesAndNeverWrites() throws IOException {
    Path golden = Files.writeString(dir.resolve("matrix.md"), MARKDOWN.replace("default", "no"));
    System.setProperty(AccessMatrix.UPDATE_PROPERTY, "true");

    assertThat(matrix.differencesFrom(golden))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("persona 'anonymous' gained page 'login' (no -> default)"));
    assertThat(golden).content().doesNotContain("default");
  }

  @Test
  void differencesFromWhenEqualThenEmpty() throws IOException {
    Path golden = Files.writeString(dir.resolve("matrix.md"), MARKDOWN);

    assertThat(matrix.differencesFrom(golden)).isEmpty();
  }

  @Test
  void toHtmlTableWhenRenderedThenOnlyTheTable() {
    assertThat(matrix.toHtmlTable())
        .startsWith("<table class=\"pagenav-access\">")
        .endsWith("</table>")
        .doesNotContain("<html");
  }

  @Test
  void assertMatchesWhenPersonaAddedThenSaysItIsNew() throws IOException {
    Path golden = Files.writeString(dir.resolve("matrix.md"), MARKDOWN);

    AccessMatrix more =
        AccessMatrix.of(new RoleNavigation(), ANONYMOUS, REQUESTER, ADMIN, Persona.of("guest"));

    assertThatThrownBy(() -> more.assertMatches(golden))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("persona 'guest' is new");
  }

  @Test
  void assertMatchesWhenUpdatePropertySetThenRewritesTheFile() throws IOException {
    Path golden = Files.writeString(dir.resolve("matrix.md"), "old");
    System.setProperty(AccessMatrix.UPDATE_PROPERTY, "true");

    matrix.assertMatches(golden);

    assertThat(golden).hasContent(MARKDOWN.strip());
  }

  @Test
  void assertMatchesWhenFileMissingThenWritesItAndFailsForReview() {
    Path golden = dir.resolve("new/matrix.md");

    assertThatThrownBy(() -> matrix.assertMatches(golden))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not exist, so it was written now. Review it and commit it.");
    assertThat(golden).exists();
  }

  @Test
  void ofWhenTwoPersonasShareANameThenFails() {
    assertThatThrownBy(() -> AccessMatrix.of(new RoleNavigation(), ANONYMOUS, Persona.anonymous()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two personas are named 'anonymous'. Give each persona its own name.");
  }

  @Test
  void accessWhenUnknownCellThenFailsListingPersonasAndPages() {
    assertThatThrownBy(() -> matrix.access("guest", "login"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persona 'guest' and page 'login'")
        .hasMessageContaining("Personas: [anonymous, requester, admin]");
  }
}
