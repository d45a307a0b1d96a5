package dev.pagenav.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.Icon;
import dev.pagenav.Menu;
import dev.pagenav.MenuItem;
import dev.pagenav.MenuPosition;
import dev.pagenav.MenuSection;
import dev.pagenav.Navigation;
import dev.pagenav.Notice;
import dev.pagenav.PageLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuHtmlTest {

  private static final MenuItem HOME = new MenuItem("Home", Icon.of("🏠"), "/", true, false);
  private static final MenuItem BUGS =
      new MenuItem("Bug reports", Icon.of(":material/bug_report:"), "/bugs", false, false);
  private static final MenuItem DOCS =
      new MenuItem("Docs", null, "https://example.org/docs", false, true);

  private static Menu menu(MenuPosition position, int expanded, MenuSection... sections) {
    return new Menu(position, expanded, List.of(sections));
  }

  @Test
  void menuWhenSidebarThenSectionsHeadersAndActiveItem() {
    Menu menu =
        menu(
            MenuPosition.SIDEBAR,
            Navigation.ALL,
            new MenuSection("", List.of(HOME)),
            new MenuSection("Reports", List.of(BUGS)));

    String html = MenuHtml.menu(menu);

    assertThat(html).startsWith("<nav class=\"pagenav pagenav-sidebar\" aria-label=\"Pages\">");
    assertThat(html).contains("<h2 class=\"pagenav-section-label\">Reports</h2>");
    assertThat(html).containsOnlyOnce("aria-current=\"page\"");
    assertThat(html).contains("href=\"/\" aria-current=\"page\"");
  }

  @Test
  void menuWhenFewerThanTwoItemsThenEmpty() {
    Menu menu = menu(MenuPosition.SIDEBAR, Navigation.ALL, new MenuSection("", List.of(HOME)));

    assertThat(MenuHtml.menu(menu)).isEmpty();
  }

  @Test
  void menuWhenHiddenPositionThenEmpty() {
    Menu menu = menu(MenuPosition.HIDDEN, Navigation.ALL, new MenuSection("", List.of(HOME, BUGS)));

    assertThat(MenuHtml.menu(menu)).isEmpty();
  }

  @Test
  void menuWhenCurrentPageBehindViewMoreToggleThenToggleStartsOpen() {
    Menu menu =
        menu(
            MenuPosition.SIDEBAR,
            1,
            new MenuSection("", List.of(BUGS)),
            new MenuSection("More", List.of(HOME)));

    String html = MenuHtml.menu(menu);

    assertThat(html)
        .contains("<details class=\"pagenav-more\" open><summary>View 1 more</summary>");
  }

  @Test
  void menuWhenExpandedLimitedThenRestBehindViewMoreToggle() {
    Menu menu =
        menu(
            MenuPosition.SIDEBAR,
            1,
            new MenuSection("", List.of(HOME)),
            new MenuSection("More", List.of(BUGS, DOCS)));

    String html = MenuHtml.menu(menu);

    assertThat(html).contains("<details class=\"pagenav-more\"><summary>View 2 more</summary>");
    assertThat(html.indexOf("pagenav-more")).isLessThan(html.indexOf("Bug reports"));
    assertThat(html.indexOf("pagenav-more")).isGreaterThan(html.indexOf("Home"));
  }

  @Test
  void menuWhenTopThenUnlabeledItemsFirstAndOneDropdownPerSection() {
    Menu menu =
        menu(
            MenuPosition.TOP,
            Navigation.ALL,
            new MenuSection("Reports", List.of(BUGS)),
            new MenuSection("", List.of(HOME)));

    String html = MenuHtml.menu(menu);

    assertThat(html).startsWith("<nav class=\"pagenav pagenav-top\"");
    assertThat(html.indexOf("Home")).isLessThan(html.indexOf("Bug reports"));
    assertThat(html).contains("<details class=\"pagenav-dropdown\"><summary>Reports</summary>");
  }

  @Test
  void menuWhenValuesHoldMarkupThenEscaped() {
    MenuItem evil = new MenuItem("<script>x</script>", null, "/a?b=\"c\"&d", false, false);
    Menu menu =
        menu(
            MenuPosition.SIDEBAR, Navigation.ALL, new MenuSection("<b>S</b>", List.of(HOME, evil)));

    String html = MenuHtml.menu(menu);

    assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
    assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;").contains("&lt;b&gt;S&lt;/b&gt;");
    assertThat(html).contains("href=\"/a?b=&quot;c&quot;&amp;d\"");
  }

  @Test
  void linkWhenExternalThenOpensNewTabWithoutOpener() {
    PageLink link = new PageLink("https://example.org", "Docs", null, false, false, true);

    assertThat(MenuHtml.link(link))
        .isEqualTo(
            "<a class=\"pagenav-link\" href=\"https://example.org\" target=\"_blank\""
                + " rel=\"noopener noreferrer\"><span class=\"pagenav-title\">Docs</span></a>");
  }

  @Test
  void linkWhenDisabledThenSpanWithoutHref() {
    PageLink link = new PageLink("/bugs", "Bugs", null, false, true, false);

    String html = MenuHtml.link(link);

    assertThat(html).startsWith("<span").contains("aria-disabled=\"true\"").doesNotContain("href");
  }

  @Test
  void iconWhenMaterialThenLigatureSpanHiddenFromScreenReaders() {
    assertThat(MenuHtml.icon(Icon.of(":material/search:")))
        .isEqualTo(
            "<span class=\"pagenav-icon material-symbols-rounded\" aria-hidden=\"true\">"
                + "search</span>");
  }

  @Test
  void noticeWhenRenderedThenAlertWithEscapedMessage() {
    Notice notice = new Notice("x", "<i>gone</i>");

    assertThat(MenuHtml.notice(notice))
        .isEqualTo("<div class=\"pagenav-notice\" role=\"alert\">&lt;i&gt;gone&lt;/i&gt;</div>");
  }

  @Test
  void menuWhenShownThenCarriesAMenuButtonThatWorksWithoutJavaScript() {
    Menu menu = menu(MenuPosition.TOP, Navigation.ALL, new MenuSection("", List.of(HOME, BUGS)));

    String html = MenuHtml.menu(menu);

    assertThat(html).contains("<input type=\"checkbox\" id=\"pagenav-fold\"");
    assertThat(html).contains("<label for=\"pagenav-fold\" class=\"pagenav-menu-button\">");
    assertThat(html.indexOf("pagenav-menu-button")).isLessThan(html.indexOf("pagenav-body"));
    assertThat(html).endsWith("</div></nav>");
  }
}
