package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IconTest {

  private static final String FORMS =
      "Use a single emoji such as \"🐞\", or a Material Symbols name written"
          + " \":material/bug_report:\" (lower-case letters, digits and '_').";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "🐞",
        "🎉",
        "❤️",
        "☀",
        "👍🏽",
        "🧑🏽‍💻",
        "👨‍👩‍👧",
        "🏳️‍🌈",
        "🇫🇷",
        "🇯🇵",
        "1️⃣",
        "#️⃣",
        "*⃣",
        "©️",
        "✅",
        "🀀",
        "⯿"
      })
  void ofWhenSingleEmojiThenEmojiKeptVerbatim(String text) {
    Icon icon = Icon.of(text);

    assertThat(icon.kind()).isEqualTo(Icon.Kind.EMOJI);
    assertThat(icon.value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bug_report", "login", "notification_important", "looks_3", "x"})
  void ofWhenMaterialNameThenMaterialWithBareName(String name) {
    Icon icon = Icon.of(":material/" + name + ":");

    assertThat(icon.kind()).isEqualTo(Icon.Kind.MATERIAL);
    assertThat(icon.value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "a",
        "ab",
        "1",
        "#",
        "🎉🎉",
        "🐞 ",
        " 🐞",
        ":material/Bug:",
        ":material/bug-report:",
        ":material/:",
        "material/bug:",
        ":material/bug",
        ":material/bug report:",
        ":bug:",
        "°",
        "©",
        "$",
        "¬"
      })
  void ofWhenNeitherFormThenRejectedWithAcceptedForms(String text) {
    assertThatThrownBy(() -> Icon.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid icon '" + text + "'. " + FORMS);
  }

  @Test
  void constructorWhenMaterialNameInvalidThenRejectedNamingIt() {
    assertThatThrownBy(() -> new Icon(Icon.Kind.MATERIAL, "Bug"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Material Symbols icon name 'Bug'. " + FORMS);
  }

  @Test
  void constructorWhenEmojiInvalidThenRejectedNamingIt() {
    assertThatThrownBy(() -> new Icon(Icon.Kind.EMOJI, "ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid emoji icon 'ab'. " + FORMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {":material/bug_report:", "🐞", "👨‍👩‍👧"})
  void toStringWhenParsedThenWrittenAsDeclared(String text) {
    String written = Icon.of(text).toString();

    assertThat(written).isEqualTo(text);
  }

  @Test
  void equalsWhenSameTextThenEqual() {
    Icon first = Icon.of(":material/search:");

    Icon second = new Icon(Icon.Kind.MATERIAL, "search");

    assertThat(first).isEqualTo(second);
  }
}
