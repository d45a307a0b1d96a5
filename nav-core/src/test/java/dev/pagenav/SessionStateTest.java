package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class SessionStateTest {

  private static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);
  private static final StateKey<String> ROLE = StateKey.of("role", String.class);
  private static final StateKey<Profile> PROFILE = StateKey.of("profile", Profile.class);

  record Profile(String name, List<String> roles, int visits) {}

  enum Theme {
    LIGHT,
    DARK
  }

  /** A value that cannot be written as JSON: reading its one property fails. */
  record Opaque(String secret) {
    @Override
    public String secret() {
      throw new IllegalStateException("sealed");
    }
  }

  private final List<String> changes = new ArrayList<>();
  private final Map<String, String> stored = new HashMap<>();
  private final SessionState state = SessionState.of(Map.of(), this::record);

  private void record(String name, String json) {
    changes.add(name + "=" + json);
    if (json == null) {
      stored.remove(name);
    } else {
      stored.put(name, json);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "true",
        "false",
        " true",
        "True",
        "1",
        "\"true\"",
        "\"admin\"",
        "\"\"",
        "\"caf\u00e9 \uD83D\uDC1E\"",
        "\"a\\\"b\"",
        "\"a\\nb\"",
        "\"a\u0001b\"",
        "\"\u0001\"",
        "\"\\\\\"",
        "\"\"\"",
        "1\"",
        "\"a\" \"b\"",
        "\"admin\" ",
        "\"unterminated",
        "\"",
        "[\"a\"]",
        "42"
      })
  void getWhenBooleanOrStringThenReadsAsTheJsonParserDoes(String text) {
    for (Class<?> type : List.of(Boolean.class, String.class)) {
      StateKey<?> key = StateKey.of("value", type);
      Object expected;
      try {
        expected = SessionState.JSON.readValue(text, type);
      } catch (JacksonException e) {
        expected = "unreadable";
      }
      SessionState state = SessionState.of(Map.of("value", text), (name, json) -> {});

      Object read = state.get(key);

      assertThat(state.unreadableKeys().isEmpty() ? read : "unreadable")
          .as("%s as %s", text, type.getSimpleName())
          .isEqualTo(expected);
    }
  }

  @Test
  void getWhenNameReadAsAnotherTypeThenUnreadableAndDefault() {
    state.set(ROLE, "admin");
    StateKey<Integer> level = StateKey.of("role", Integer.class, 0);

    assertThat(state.get(level)).isZero();
    assertThat(state.unreadableKeys()).containsExactly("role");
  }

  @Test
  void getWhenNothingStoredThenDefault() {
    assertThat(state.get(LOGGED_IN)).isFalse();
    assertThat(state.get(ROLE)).isNull();
    assertThat(state.find(ROLE)).isEmpty();
    assertThat(state.contains(LOGGED_IN)).isFalse();
  }

  @Test
  void setWhenValueGivenThenReadBack() {
    state.set(LOGGED_IN, true);

    assertThat(state.get(LOGGED_IN)).isTrue();
    assertThat(state.contains(LOGGED_IN)).isTrue();
    assertThat(state.names()).containsExactly("logged_in");
  }

  @Test
  void findWhenValueSetThenPresent() {
    state.set(ROLE, "admin");

    assertThat(state.find(ROLE)).contains("admin");
  }

  @Test
  void setWhenValueGivenThenListenerGetsNameAndJson() {
    state.set(LOGGED_IN, true);
    state.set(ROLE, "admin");

    assertThat(changes).containsExactly("logged_in=true", "role=\"admin\"");
  }

  @Test
  void removeWhenHeldThenDefaultAgainAndListenerGetsNull() {
    state.set(LOGGED_IN, true);

    state.remove(LOGGED_IN);

    assertThat(state.get(LOGGED_IN)).isFalse();
    assertThat(changes).containsExactly("logged_in=true", "logged_in=null");
  }

  @Test
  void removeWhenNotHeldThenListenerNotCalled() {
    state.remove(ROLE);

    assertThat(changes).isEmpty();
  }

  @Test
  void setWhenRecordThenRoundTripsThroughStoredJson() {
    Profile profile = new Profile("Ada", List.of("admin", "dev"), 3);
    state.set(PROFILE, profile);

    SessionState reloaded = SessionState.of(stored, (name, json) -> {});

    assertThat(stored)
        .containsEntry("profile", "{\"name\":\"Ada\",\"roles\":[\"admin\",\"dev\"],\"visits\":3}");
    assertThat(reloaded.get(PROFILE)).isEqualTo(profile);
  }

  @Test
  void getWhenEnumStoredThenReadBack() {
    StateKey<Theme> theme = StateKey.of("theme", Theme.class, Theme.LIGHT);
    SessionState loaded = SessionState.of(Map.of("theme", "\"DARK\""), (name, json) -> {});

    assertThat(loaded.get(theme)).isEqualTo(Theme.DARK);
  }

  @Test
  void setWhenValueCannotBeWrittenThenRejectedNamingKeyAndType() {
    StateKey<Opaque> key = StateKey.of("opaque", Opaque.class);

    assertThatThrownBy(() -> state.set(key, new Opaque("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Value for state key 'opaque' of type "
                + Opaque.class.getName()
                + " cannot be written as JSON (")
        .hasMessageEndingWith(
            "). Store strings, numbers, booleans, enums, records, lists or maps.");
    assertThat(changes).isEmpty();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void setWhenValueOfOtherTypeThenRejected() {
    StateKey raw = ROLE;

    assertThatThrownBy(() -> state.set(raw, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Value for state key 'role' is a java.lang.Integer, not a java.lang.String.");
  }

  @Test
  void setWhenNullThenRejectedPointingToRemove() {
    assertThatThrownBy(() -> state.set(ROLE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of state key 'role'; use remove()");
  }

  @Test
  void getWhenStoredValueUnreadableThenDefaultAndKeyNamed() {
    SessionState loaded = SessionState.of(Map.of("logged_in", "\"yes please\""), (n, j) -> {});

    Boolean value = loaded.get(LOGGED_IN);

    assertThat(value).isFalse();
    assertThat(loaded.unreadableKeys()).containsExactly("logged_in");
  }

  @Test
  void getWhenStoredJsonMalformedThenDefaultAndKeyNamed() {
    SessionState loaded = SessionState.of(Map.of("profile", "{\"name\":"), (n, j) -> {});

    assertThat(loaded.get(PROFILE)).isNull();
    assertThat(loaded.unreadableKeys()).containsExactly("profile");
  }

  @Test
  void setWhenKeyWasUnreadableThenNoLongerNamed() {
    SessionState loaded = SessionState.of(Map.of("logged_in", "\"yes\""), (n, j) -> {});
    loaded.get(LOGGED_IN);

    loaded.set(LOGGED_IN, true);

    assertThat(loaded.get(LOGGED_IN)).isTrue();
    assertThat(loaded.unreadableKeys()).isEmpty();
  }

  @Test
  void removeUnreadableWhenKeyWasUnreadableThenRemovedAndStoreTold() {
    Map<String, String> told = new HashMap<>();
    SessionState loaded =
        SessionState.of(Map.of("logged_in", "\"yes\"", "role", "\"admin\""), told::put);
    loaded.get(LOGGED_IN);

    Set<String> removed = loaded.removeUnreadable();

    assertThat(removed).containsExactly("logged_in");
    assertThat(told).containsOnlyKeys("logged_in").containsEntry("logged_in", null);
    assertThat(loaded.names()).containsExactly("role");
    assertThat(loaded.unreadableKeys()).isEmpty();
  }

  @Test
  void removeUnreadableWhenAllReadableThenNothingRemovedOrTold() {
    SessionState loaded =
        SessionState.of(
            Map.of("logged_in", "true"),
            (n, j) -> {
              throw new AssertionError("told of " + n);
            });
    loaded.get(LOGGED_IN);

    assertThat(loaded.removeUnreadable()).isEmpty();
  }

  @Test
  void clearAfterDeleteWhenKeyWasUnreadableThenNoLongerNamed() {
    SessionState loaded = SessionState.of(Map.of("profile", "[]"), (n, j) -> {});
    loaded.get(PROFILE);

    loaded.clearAfterDelete();

    assertThat(loaded.unreadableKeys()).isEmpty();
  }

  @Test
  void versionWhenChangedThenIncreases() {
    int before = state.version();

    state.set(ROLE, "admin");
    state.remove(ROLE);

    assertThat(state.version()).isEqualTo(before + 2);
  }

  @Test
  void clearAfterDeleteWhenCalledThenEmptyWithoutTellingListener() {
    state.set(ROLE, "admin");
    int version = state.version();

    state.clearAfterDelete();

    assertThat(state.names()).isEmpty();
    assertThat(state.get(ROLE)).isNull();
    assertThat(state.version()).isGreaterThan(version);
    assertThat(changes).containsExactly("role=\"admin\"");
  }

  @Test
  void emptyWhenChangedThenKeepsChangesToItself() {
    SessionState empty = SessionState.empty();

    empty.set(ROLE, "admin");

    assertThat(empty.get(ROLE)).isEqualTo("admin");
  }

  @Test
  void ofWhenLoadedMapChangesLaterThenStateUnchanged() {
    Map<String, String> loaded = new HashMap<>(Map.of("role", "\"admin\""));
    SessionState fromStore = SessionState.of(loaded, (n, j) -> {});

    loaded.put("role", "\"guest\"");

    assertThat(fromStore.get(ROLE)).isEqualTo("admin");
  }

  @Test
  void namesWhenModifiedThenUnsupported() {
    state.set(ROLE, "admin");

    assertThatThrownBy(() -> state.names().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofWhenListenerNullThenNamesIt() {
    assertThatThrownBy(() -> SessionState.of(Map.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener");
  }

  @Test
  void setWhenKeyForgesTheReservedPrefixThenRejected() {
    StateKey<String> forged = new StateKey<>("pagenav.return_to", String.class, null);

    assertThatThrownBy(() -> SessionState.empty().set(forged, "admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "State key 'pagenav.return_to' uses the prefix 'pagenav.', which is reserved for"
                + " pagenav's own state. Choose another name.");
  }
}
