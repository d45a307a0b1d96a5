package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageLinkTest {

  private final PageLink link = new PageLink("/bugs", "Bug reports", null, true, false, false);

  @Test
  void withLabelWhenGivenThenOnlyLabelChanges() {
    PageLink relabelled = link.withLabel("Known bugs");

    assertThat(relabelled).isEqualTo(new PageLink("/bugs", "Known bugs", null, true, false, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void withLabelWhenBlankThenRejectedNamingTheLink(String label) {
    assertThatThrownBy(() -> link.withLabel(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The label of the link to '/bugs' is blank. Give visible text.");
  }

  @Test
  void asDisabledWhenCalledThenDisabledKeepingTheRest() {
    PageLink disabled = link.asDisabled();

    assertThat(disabled).isEqualTo(new PageLink("/bugs", "Bug reports", null, true, true, false));
  }
}
