package dev.pagenav.test;

import static dev.pagenav.test.RoleNavigation.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import org.junit.jupiter.api.Test;

class PersonaTest {

  private static final StateKey<Boolean> VIP = StateKey.of("vip", Boolean.class, false);

  @Test
  void stateWhenValuesGivenThenFreshStateHoldsThem() {
    Persona persona = Persona.of("requester").with(ROLE, "requester").with(VIP, true);

    SessionState first = persona.state();
    first.set(ROLE, "changed");

    assertThat(persona.state().get(ROLE)).isEqualTo("requester");
    assertThat(persona.state().get(VIP)).isTrue();
  }

  @Test
  void anonymousWhenCreatedThenEmptyState() {
    assertThat(Persona.anonymous().state().names()).isEmpty();
    assertThat(Persona.anonymous().name()).isEqualTo("anonymous");
  }

  @Test
  void toStringWhenValuesGivenThenNameAndValuesByKeyName() {
    Persona persona = Persona.of("vip").with(VIP, true).with(ROLE, "admin");

    assertThat(persona).hasToString("vip {role=admin, vip=true}");
  }

  @Test
  void withWhenValueIsNotOfTheKeysTypeThenFails() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    StateKey<Object> raw = (StateKey) VIP;

    assertThatThrownBy(() -> Persona.of("x").with(raw, "yes"))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void ofWhenNameBlankThenFailsSayingWhatToDo() {
    assertThatThrownBy(() -> Persona.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A persona needs a name, such as 'anonymous' or 'requester'.");
  }
}
