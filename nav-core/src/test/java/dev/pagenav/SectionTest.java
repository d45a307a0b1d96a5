package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {

  private final Page bugs = Page.of("bugs");
  private final Page alerts = Page.of("alerts");

  @Test
  void ofWhenLabelGivenThenLabeledWithPagesInOrder() {
    Section section = Section.of("Reports", bugs, alerts);

    assertThat(section.label()).isEqualTo("Reports");
    assertThat(section.isLabeled()).isTrue();
    assertThat(section.pages()).containsExactly(bugs, alerts);
  }

  @Test
  void unlabeledWhenCalledThenEmptyLabelMeansNoHeader() {
    Section section = Section.unlabeled(bugs);

    assertThat(section.label()).isEmpty();
    assertThat(section.isLabeled()).isFalse();
  }

  @Test
  void constructorWhenListChangesLaterThenSectionUnchanged() {
    List<Page> pages = new ArrayList<>(List.of(bugs));
    Section section = new Section("Reports", pages);

    pages.add(alerts);

    assertThat(section.pages()).containsExactly(bugs);
  }

  @Test
  void pagesWhenModifiedThenUnsupported() {
    Section section = Section.of("Reports", bugs);

    assertThatThrownBy(() -> section.pages().add(alerts))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructorWhenLabelNullThenNamesIt() {
    assertThatThrownBy(() -> new Section(null, List.of(bugs)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label");
  }

  @Test
  void ofWhenAPageIsNullThenSaysWhichOne() {
    Page home = Page.of("home");

    assertThatThrownBy(() -> Section.of("Reports", home, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Page 2 of section 'Reports' is null; declare every page first.");
  }
}
