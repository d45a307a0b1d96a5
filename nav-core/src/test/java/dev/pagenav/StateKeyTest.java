package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateKeyTest {

  @Test
  void ofWhenDefaultGivenThenKeyHoldsIt() {
    StateKey<Boolean> key = StateKey.of("logged_in", Boolean.class, false);

    assertThat(key.name()).isEqualTo("logged_in");
    assertThat(key.type()).isEqualTo(Boolean.class);
    assertThat(key.defaultValue()).isFalse();
  }

  @Test
  void ofWhenNoDefaultThenDefaultIsNull() {
    StateKey<String> key = StateKey.of("user.name", String.class);

    assertThat(key.defaultValue()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "logged_in", "user.role", "x-1", "ABC_09"})
  void ofWhenNameValidThenAccepted(String name) {
    StateKey<String> key = StateKey.of(name, String.class);

    assertThat(key.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "logged in", "user/role", "caf\u00e9", "a:b"})
  void ofWhenNameInvalidThenRejectedWithForm(String name) {
    assertThatThrownBy(() -> StateKey.of(name, String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid state key name '"
                + name
                + "'. Use 1 to 100 ASCII letters, digits, '_', '.' or '-', such as 'logged_in'.");
  }

  @Test
  void ofWhenNameLongerThan100ThenRejected() {
    String name = "a".repeat(101);

    assertThatThrownBy(() -> StateKey.of(name, String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid state key name '" + name + "'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pagenav.notice", "pagenav.return_to", "pagenav.mine"})
  void ofWhenNameReservedThenRejected(String name) {
    assertThatThrownBy(() -> StateKey.of(name, String.class, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "State key name '"
                + name
                + "' starts with 'pagenav.', which is reserved for pagenav's own state."
                + " Choose another name.");
  }

  @Test
  void ofWhenNameOnlyContainsPagenavThenAccepted() {
    StateKey<String> key = StateKey.of("my.pagenav.x", String.class);

    assertThat(key.name()).isEqualTo("my.pagenav.x");
  }

  @Test
  void reservedWhenCalledThenPrefixed() {
    StateKey<String> key = StateKey.reserved("notice", String.class);

    assertThat(key.name()).isEqualTo("pagenav.notice");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void constructorWhenDefaultOfOtherTypeThenRejected() {
    Class type = Integer.class;

    assertThatThrownBy(() -> new StateKey<Object>("count", type, "one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The default value of state key 'count' is a java.lang.String, not a"
                + " java.lang.Integer. Give a default of the key's type.");
  }
}
