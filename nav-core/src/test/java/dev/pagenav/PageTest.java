package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageTest {

  @ParameterizedTest
  @CsvSource({
    "bugs, Bugs",
    "bug_reports, Bug reports",
    "system-alerts, System alerts",
    "reports/bug_reports, Bug reports",
    "/reports/bugs/, Bugs",
    "v2.0, V2.0",
    "__, __"
  })
  void ofWhenNoTitleThenInferredFromLastSegment(String urlPath, String title) {
    Page page = Page.of(urlPath);

    assertThat(page.title()).isEqualTo(title);
  }

  @Test
  void ofWhenTitleGivenThenKeptVerbatim() {
    Page page = Page.of("bugs", "  bug REPORTS ");

    assertThat(page.title()).isEqualTo("  bug REPORTS ");
  }

  @Test
  void ofWhenPathHasOuterSlashesThenStripped() {
    Page page = Page.of("/reports/bugs/", "Bugs");

    assertThat(page.urlPath()).isEqualTo("reports/bugs");
    assertThat(page.key()).isEqualTo("reports/bugs");
  }

  @Test
  void ofWhenOnlyPathThenVisibleNotDefaultWithoutIcon() {
    Page page = Page.of("bugs");

    assertThat(page.isVisible()).isTrue();
    assertThat(page.isDefault()).isFalse();
    assertThat(page.isExternal()).isFalse();
    assertThat(page.icon()).isNull();
  }

  @Test
  void ofWhenIconGivenThenParsed() {
    Page page = Page.of("bugs", "Bugs", ":material/bug_report:");

    assertThat(page.icon()).isEqualTo(new Icon(Icon.Kind.MATERIAL, "bug_report"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u2003"})
  void ofWhenTitleBlankThenRejectedNamingThePage(String title) {
    assertThatThrownBy(() -> Page.of("bugs", title))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The title of page 'bugs' is blank. Give a title with visible characters, or leave it"
                + " out to infer one from the url path.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/",
        "//",
        "a//b",
        "//admin",
        "admin//",
        "///admin/users",
        "../x",
        "a b",
        " admin",
        "admin ",
        "admin\tusers",
        "Bug\u00e9",
        "_pagenav",
        "users/{id}",
        "admin/*",
        "admin/**",
        "reports?x=1",
        "reports#top",
        "admin;x",
        "admin%2fusers",
        "admin\\users",
        "admin/./users",
        "admin/../users"
      })
  void ofWhenUrlPathInvalidThenRejectedNamingIt(String urlPath) {
    assertThatThrownBy(() -> Page.of(urlPath, "Title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid page url path '" + urlPath + "': ");
  }

  @Test
  void ofWhenIconInvalidThenRejectedNamingIt() {
    assertThatThrownBy(() -> Page.of("bugs", "Bugs", "🎉🎉"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid icon '🎉🎉'.");
  }

  @Test
  void asDefaultWhenCalledThenOnlyDefaultFlagChanges() {
    Page page = Page.of("dashboard", "Dashboard", "📊");

    Page marked = page.asDefault();

    assertThat(marked.isDefault()).isTrue();
    assertThat(marked).usingRecursiveComparison().ignoringFields("isDefault").isEqualTo(page);
  }

  @Test
  void hiddenWhenCalledThenNotVisibleButStillRoutable() {
    Page page = Page.of("settings").hidden();

    assertThat(page.isVisible()).isFalse();
    assertThat(page.visibility()).isEqualTo(Visibility.HIDDEN);
    assertThat(page.urlPath()).isEqualTo("settings");
  }

  @Test
  void withIconWhenCalledThenReplacesIcon() {
    Page page = Page.of("bugs", "Bugs", "🐞").asDefault();

    Page changed = page.withIcon(":material/bug_report:");

    assertThat(changed.icon()).hasToString(":material/bug_report:");
    assertThat(changed.isDefault()).isTrue();
  }

  @Test
  void externalWhenHttpsUrlThenExternalKeyedByUrl() {
    Page page = Page.external("https://example.org/docs", "Docs");

    assertThat(page.isExternal()).isTrue();
    assertThat(page.urlPath()).isNull();
    assertThat(page.externalUrl()).isEqualTo(URI.create("https://example.org/docs"));
    assertThat(page.key()).isEqualTo("https://example.org/docs");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.org/x",
        "/docs",
        "docs",
        "mailto:a@example.org",
        "https://user:secret@example.org/"
      })
  void externalWhenNotAbsoluteHttpThenRejectedWithForm(String url) {
    assertThatThrownBy(() -> Page.external(url, "Docs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid external URL '"
                + url
                + "'. Use an absolute http or https URL without user name or password, such as"
                + " 'https://example.org/docs'.");
  }

  @Test
  void externalWhenUnparsableThenRejectedWithReason() {
    assertThatThrownBy(() -> Page.external("https://exa mple.org", "Docs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid external URL 'https://exa mple.org': Illegal character")
        .hasMessageEndingWith("such as 'https://example.org/docs'.");
  }

  @Test
  void externalWhenLabelBlankThenRejected() {
    assertThatThrownBy(() -> Page.external("https://example.org", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The title of page 'https://example.org' is blank.");
  }

  @Test
  void asDefaultWhenExternalThenRejected() {
    Page docs = Page.external("https://example.org/docs", "Docs");

    assertThatThrownBy(docs::asDefault)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "External page 'Docs' cannot be the default page: it is never routed. Mark a page"
                + " with a url path as the default instead.");
  }

  @Test
  void hiddenWhenExternalThenRejected() {
    Page docs = Page.external("https://example.org/docs", "Docs");

    assertThatThrownBy(docs::hidden)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "External page 'Docs' cannot be hidden: it is only a menu entry. Leave it out of the"
                + " navigation instead.");
  }

  @Test
  void constructorWhenBothPathAndUrlThenRejected() {
    URI url = URI.create("https://example.org");

    assertThatThrownBy(() -> new Page("bugs", "Bugs", null, false, Visibility.VISIBLE, url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A page has either a url path or an external URL, not both and not neither.");
  }

  @Test
  void constructorWhenNeitherPathNorUrlThenRejected() {
    assertThatThrownBy(() -> new Page(null, "Bugs", null, false, Visibility.VISIBLE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A page has either a url path or an external URL, not both and not neither.");
  }
}
