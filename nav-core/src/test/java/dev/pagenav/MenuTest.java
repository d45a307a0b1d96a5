package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MenuTest {

  private static final MenuItem BUGS =
      new MenuItem("Bug reports", Icon.of(":material/bug_report:"), "/bugs", true, false);
  private static final MenuItem PARTY =
      new MenuItem("Party", Icon.of("🎉"), "/party", false, false);
  private static final MenuItem DOCS =
      new MenuItem("Docs", null, "https://example.org/docs", false, true);

  private static Menu menu(MenuPosition position, int expanded, int items) {
    List<MenuItem> list = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      list.add(new MenuItem("Page " + i, null, "/p" + i, false, false));
    }
    return new Menu(position, expanded, List.of(new MenuSection("", list)));
  }

  @ParameterizedTest
  @CsvSource({
    "SIDEBAR, 0, false",
    "SIDEBAR, 1, false",
    "SIDEBAR, 2, true",
    "TOP, 1, false",
    "TOP, 3, true",
    "HIDDEN, 2, false",
    "HIDDEN, 5, false"
  })
  void isShownWhenPositionAndItemCountThenDrawnOnlyWithTwoOrMoreOutsideHidden(
      MenuPosition position, int items, boolean shown) {
    Menu menu = menu(position, Navigation.ALL, items);

    assertThat(menu.isShown()).isEqualTo(shown);
  }

  @Test
  void itemCountWhenSeveralSectionsThenCountsEveryItem() {
    Menu menu =
        new Menu(
            MenuPosition.SIDEBAR,
            Navigation.ALL,
            List.of(
                new MenuSection("A", List.of(BUGS)), new MenuSection("B", List.of(PARTY, DOCS))));

    assertThat(menu.itemCount()).isEqualTo(3);
    assertThat(menu.isShown()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"2147483647, 5, 0", "2, 5, 3", "5, 5, 0", "7, 3, 0", "1, 2, 1"})
  void collapsedCountWhenExpandedThenItemsBeyondIt(int expanded, int items, int collapsed) {
    Menu menu = menu(MenuPosition.SIDEBAR, expanded, items);

    assertThat(menu.collapsedCount()).isEqualTo(collapsed);
  }

  @Test
  void constructorWhenListChangesLaterThenMenuUnchanged() {
    List<MenuSection> sections = new ArrayList<>(List.of(new MenuSection("", List.of(BUGS))));
    Menu menu = new Menu(MenuPosition.TOP, Navigation.ALL, sections);

    sections.clear();

    assertThat(menu.sections()).hasSize(1);
  }

  @Test
  void toJsonWhenAllExpandedThenDocumentedSchemaWithNullExpanded() {
    Menu menu =
        new Menu(
            MenuPosition.SIDEBAR,
            Navigation.ALL,
            List.of(new MenuSection("", List.of(BUGS)), new MenuSection("More", List.of(DOCS))));

    String json = menu.toJson();

    assertThat(json)
        .isEqualTo(
            "{\"position\":\"sidebar\",\"shown\":true,\"expanded\":null,\"sections\":["
                + "{\"label\":\"\",\"items\":[{\"title\":\"Bug reports\","
                + "\"icon\":{\"kind\":\"material\",\"value\":\"bug_report\"},"
                + "\"href\":\"/bugs\",\"active\":true,\"external\":false}]},"
                + "{\"label\":\"More\",\"items\":[{\"title\":\"Docs\",\"icon\":null,"
                + "\"href\":\"https://example.org/docs\",\"active\":false,\"external\":true}]}]}");
  }

  @Test
  void toJsonWhenExpandedAndEmojiThenNumberAndEmojiValue() {
    Menu menu = new Menu(MenuPosition.TOP, 1, List.of(new MenuSection("Fun", List.of(PARTY))));

    String json = menu.toJson();

    assertThat(json)
        .startsWith("{\"position\":\"top\",\"shown\":false,\"expanded\":1,")
        .contains("\"icon\":{\"kind\":\"emoji\",\"value\":\"🎉\"}");
  }

  @Test
  void toJsonWhenValuesHoldQuotesAndMarkupThenEscapedAsJson() {
    MenuItem item = new MenuItem("\"Q&A\" <b>", null, "/qa", false, false);
    Menu menu =
        new Menu(
            MenuPosition.HIDDEN, Navigation.ALL, List.of(new MenuSection("a\\b", List.of(item))));

    String json = menu.toJson();

    assertThat(json)
        .contains("\"label\":\"a\\\\b\"")
        .contains("\"title\":\"\\\"Q&A\\\" <b>\"")
        .startsWith("{\"position\":\"hidden\",\"shown\":false,");
  }

  @Test
  void toJsonWhenNoSectionsThenEmptyArray() {
    Menu menu = new Menu(MenuPosition.SIDEBAR, Navigation.ALL, List.of());

    assertThat(menu.toJson())
        .isEqualTo("{\"position\":\"sidebar\",\"shown\":false,\"expanded\":null,\"sections\":[]}");
  }

  @Test
  void expandedSectionsWhenLimitCutsSectionThenKeepsItsFirstItemsAndLabel() {
    Menu menu =
        new Menu(
            MenuPosition.SIDEBAR,
            2,
            List.of(new MenuSection("Reports", List.of(BUGS, PARTY, DOCS))));

    assertThat(menu.expandedSections())
        .containsExactly(new MenuSection("Reports", List.of(BUGS, PARTY)));
    assertThat(menu.collapsedSections()).containsExactly(new MenuSection("", List.of(DOCS)));
  }

  @Test
  void collapsedSectionsWhenWholeSectionBeyondLimitThenKeepsItsLabel() {
    Menu menu =
        new Menu(
            MenuPosition.SIDEBAR,
            1,
            List.of(new MenuSection("", List.of(BUGS)), new MenuSection("Tools", List.of(PARTY))));

    assertThat(menu.expandedSections()).containsExactly(new MenuSection("", List.of(BUGS)));
    assertThat(menu.collapsedSections()).containsExactly(new MenuSection("Tools", List.of(PARTY)));
  }

  @Test
  void collapsedSectionsWhenEverythingExpandedThenEmpty() {
    Menu menu = menu(MenuPosition.SIDEBAR, Navigation.ALL, 3);

    assertThat(menu.expandedSections()).isEqualTo(menu.sections());
    assertThat(menu.collapsedSections()).isEmpty();
  }

  @Test
  void isActiveCollapsedWhenActiveItemBehindTheToggleThenTrueElseFalse() {
    List<MenuSection> sections = List.of(new MenuSection("", List.of(PARTY, DOCS, BUGS)));

    assertThat(new Menu(MenuPosition.SIDEBAR, 2, sections).isActiveCollapsed()).isTrue();
    assertThat(new Menu(MenuPosition.SIDEBAR, 3, sections).isActiveCollapsed()).isFalse();
    assertThat(menu(MenuPosition.SIDEBAR, 1, 3).isActiveCollapsed()).isFalse();
  }
}
