package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {

  private final Page login = Page.of("login", "Log in");
  private final Page dashboard = Page.of("dashboard", "Dashboard");
  private final Page bugs = Page.of("bugs", "Bug reports");
  private final Page docs = Page.external("https://example.org/docs", "Docs");

  @Test
  void ofWhenNoDefaultMarkedThenFirstRoutablePageIsDefault() {
    Navigation navigation = Navigation.of(docs, login, dashboard);

    assertThat(navigation.defaultPage()).isEqualTo(login);
  }

  @Test
  void ofWhenHiddenPageComesFirstThenItIsTheDefault() {
    Page settings = Page.of("settings").hidden();

    Navigation navigation = Navigation.of(settings, login);

    assertThat(navigation.defaultPage()).isEqualTo(settings);
  }

  @Test
  void ofWhenOneDefaultMarkedThenItIsTheDefault() {
    Page home = dashboard.asDefault();

    Navigation navigation =
        Navigation.of(Section.of("Account", login), Section.of("R", bugs, home));

    assertThat(navigation.defaultPage()).isEqualTo(home);
  }

  @Test
  void ofWhenNoPageThenInvalid() {
    assertThatThrownBy(() -> Navigation.of(new Page[0]))
        .isInstanceOf(InvalidNavigationException.class)
        .hasMessage(
            "Invalid navigation: It has no routable page. Add at least one page with a url path;"
                + " external links alone cannot be served.");
  }

  @Test
  void ofWhenNoSectionThenInvalid() {
    assertThatThrownBy(() -> Navigation.builder().build())
        .isInstanceOf(InvalidNavigationException.class)
        .hasMessageContaining("It has no routable page.");
  }

  @Test
  void ofWhenOnlyExternalPagesThenInvalid() {
    assertThatThrownBy(() -> Navigation.of(docs))
        .isInstanceOf(InvalidNavigationException.class)
        .hasMessageContaining("It has no routable page.")
        .hasMessageContaining("external links alone cannot be served");
  }

  @Test
  void ofWhenTwoDefaultsThenInvalidNamingBoth() {
    assertThatThrownBy(() -> Navigation.of(login.asDefault(), dashboard.asDefault()))
        .isInstanceOf(InvalidNavigationException.class)
        .hasMessage(
            "Invalid navigation: It has 2 default pages ('login', 'dashboard')."
                + " Mark at most one page with asDefault().");
  }

  @Test
  void ofWhenUrlPathRepeatedThenInvalidNamingBothPages() {
    Page other = Page.of("bugs", "Known issues");

    assertThatThrownBy(() -> Navigation.of(Section.of("A", bugs), Section.of("B", other)))
        .isInstanceOf(InvalidNavigationException.class)
        .hasMessage(
            "Invalid navigation: Pages 'Bug reports' and 'Known issues' share the url path"
                + " 'bugs'. Give each page its own url path.");
  }

  @Test
  void ofWhenExternalUrlRepeatedThenInvalid() {
    Page again = Page.external("https://example.org/docs", "Manual");

    assertThatThrownBy(() -> Navigation.of(login, docs, again))
        .isInstanceOf(InvalidNavigationException.class)
        .hasMessageContaining("Pages 'Docs' and 'Manual' share the url path");
  }

  @Test
  void buildWhenSeveralProblemsThenReportsAllAtOnce() {
    Page copy = Page.of("bugs", "Copy");

    InvalidNavigationException thrown =
        catchThrowableOfType(
            InvalidNavigationException.class,
            () -> Navigation.of(login.asDefault(), bugs, copy, dashboard.asDefault()));

    assertThat(thrown.problems()).hasSize(2);
    assertThat(thrown.problems().get(0)).startsWith("Pages 'Bug reports' and 'Copy'");
    assertThat(thrown.problems().get(1)).startsWith("It has 2 default pages");
    assertThat(thrown).hasMessage("Invalid navigation: " + String.join(" ", thrown.problems()));
  }

  @Test
  void ofWhenTitlesRepeatedThenAllowed() {
    Page second = Page.of("bugs2", "Bug reports");

    Navigation navigation = Navigation.of(bugs, second);

    assertThat(navigation.routablePages()).containsExactly(bugs, second);
  }

  @Test
  void routablePagesWhenMixedThenRoutedOnesInMenuOrder() {
    Page settings = Page.of("settings").hidden();

    Navigation navigation =
        Navigation.of(Section.of("A", docs, bugs), Section.of("B", settings, login));

    assertThat(navigation.routablePages()).containsExactly(bugs, settings, login);
  }

  @Test
  void findWhenPathRoutableThenPageElseEmpty() {
    Navigation navigation = Navigation.of(login, bugs, docs);

    assertThat(navigation.find("bugs")).contains(bugs);
    assertThat(navigation.find("Bugs")).isEmpty();
    assertThat(navigation.find("dashboard")).isEmpty();
    assertThat(navigation.find("https://example.org/docs")).isEmpty();
  }

  @Test
  void containsWhenSamePathOtherTitleThenTrue() {
    Navigation navigation = Navigation.of(login, bugs);

    assertThat(navigation.contains(Page.of("bugs", "Renamed"))).isTrue();
    assertThat(navigation.contains(dashboard)).isFalse();
    assertThat(navigation.contains(docs)).isFalse();
  }

  @Test
  void builderWhenNothingSetThenSidebarWithAllExpanded() {
    Navigation navigation = Navigation.builder().section("", login).build();

    assertThat(navigation.position()).isEqualTo(MenuPosition.SIDEBAR);
    assertThat(navigation.expanded()).isEqualTo(Navigation.ALL);
  }

  @Test
  void builderWhenOptionsSetThenKept() {
    Navigation navigation =
        Navigation.builder()
            .section("R", login, bugs)
            .position(MenuPosition.TOP)
            .expanded(1)
            .build();

    assertThat(navigation.position()).isEqualTo(MenuPosition.TOP);
    assertThat(navigation.expanded()).isEqualTo(1);
    assertThat(navigation.sections()).containsExactly(Section.of("R", login, bugs));
  }

  @Test
  void expandedAllWhenAfterExpandedThenAllAgain() {
    Navigation navigation =
        Navigation.builder().section("", login).expanded(2).expandedAll().build();

    assertThat(navigation.expanded()).isEqualTo(Navigation.ALL);
  }

  @Test
  void expandedWhenLessThanOneThenRejected() {
    assertThatThrownBy(() -> Navigation.builder().expanded(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expanded(0) must show at least 1 item; use expandedAll() to show all.");
  }

  @Test
  void equalsWhenSameDeclarationThenEqualWithSameHashCode() {
    Navigation first = Navigation.of(Section.of("R", login, bugs));

    Navigation second =
        Navigation.of(Section.of("R", Page.of("login", "Log in"), Page.of("bugs", "Bug reports")));

    assertThat(second).isNotSameAs(first);
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first)
        .isNotEqualTo(Navigation.builder().section("R", login, bugs).expanded(1).build());
  }

  @Test
  void buildWhenSamePagesAndSettingsThenReturnsTheNavigationBuiltBefore() {
    Navigation first = Navigation.builder().section("R", login, bugs).expanded(1).build();

    Navigation again = Navigation.builder().section("R", login, bugs).expanded(1).build();

    assertThat(again).isSameAs(first);
  }

  @Test
  void buildWhenLabelOrderOrSettingDiffersThenAnotherNavigation() {
    Navigation first = Navigation.of(Section.of("R", login, bugs));

    assertThat(Navigation.of(Section.of("S", login, bugs))).isNotSameAs(first).isNotEqualTo(first);
    assertThat(Navigation.of(Section.of("R", bugs, login))).isNotEqualTo(first);
    assertThat(Navigation.of(Section.of("R", login), Section.of("", bugs))).isNotEqualTo(first);
    assertThat(Navigation.builder().section("R", login, bugs).position(MenuPosition.TOP).build())
        .isNotEqualTo(first);
  }

  @Test
  void buildWhenOnlyAMiddlePageDiffersThenAnotherNavigation() {
    Navigation first = Navigation.of(Section.of("R", login, dashboard, bugs));

    Navigation second = Navigation.of(Section.of("R", login, Page.of("alerts", "Alerts"), bugs));

    assertThat(second.find("alerts")).isPresent();
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void buildWhenLabelsDifferWithEqualHashCodesThenAnotherNavigation() {
    Navigation first = Navigation.of(Section.of("Aa", login, bugs));

    Navigation second = Navigation.of(Section.of("BB", login, bugs));

    assertThat(second.sections()).extracting(Section::label).containsExactly("BB");
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void buildWhenEqualPageObjectWithOtherTitleThenNavigationShowsTheNewTitle() {
    Navigation.of(login, bugs);

    Navigation renamed = Navigation.of(login, Page.of("bugs", "Renamed"));

    assertThat(renamed.find("bugs")).map(Page::title).contains("Renamed");
  }

  @Test
  void buildWhenInvalidTwiceThenFailsBothTimes() {
    Page twin = Page.of("bugs", "Twin");

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> Navigation.of(bugs, twin))
          .isInstanceOf(InvalidNavigationException.class);
    }
  }

  @Test
  void buildWhenManyDistinctNavigationsThenRemembersOnlyRecentOnes() {
    Navigation first = Navigation.of(login, bugs);

    for (int i = 0; i < 200; i++) {
      Navigation.of(Page.of("page" + i, "Page " + i));
    }

    assertThat(Navigation.of(login, bugs)).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void findWhenManyNestedPagesThenEachFoundAndNeighboursNot() {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      pages.add(Page.of("reports/g" + i / 10 + "/page" + i, "Page " + i));
    }
    Navigation navigation = Navigation.of(pages.toArray(Page[]::new));

    for (Page page : pages) {
      assertThat(navigation.find(page.urlPath())).containsSame(page);
      assertThat(navigation.find(page.urlPath() + "0")).isEmpty();
    }
    assertThat(navigation.find("reports/g0")).isEmpty();
    assertThat(navigation.find("")).isEmpty();
  }

  @Test
  void routeWhenRequestPathUnderMountThenTheSameDecisionWhateverTheMount() {
    Navigation navigation = Navigation.of(login, bugs);

    RoutingDecision atRoot = navigation.route("/bugs", "");
    assertThat(atRoot).extracting(RoutingDecision::page).isSameAs(bugs);
    assertThat(navigation.route("/app/bugs", "/app")).isSameAs(atRoot);
    assertThat(navigation.route("/bugs", "")).isSameAs(atRoot);
    assertThat(navigation.route("/bugs", "/app")).isNull();
    assertThat(navigation.route("/app/bugs", "")).isNull();
    assertThat(navigation.route("/appbugs", "/app")).isNull();
  }

  @Test
  void toStringWhenBuiltThenListsSectionsAndDefault() {
    Navigation navigation = Navigation.of(Section.of("Account", login), Section.of("R", bugs));

    assertThat(navigation)
        .hasToString("Navigation[SIDEBAR, 'Account': [login], 'R': [bugs], default 'login']");
  }
}
