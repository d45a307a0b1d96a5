package dev.pagenav.test;

import dev.pagenav.SessionState;
import dev.pagenav.StateKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A named session state, such as {@code anonymous} or {@code requester}, built with the same typed
 * keys the application uses:
 *
 * <pre>{@code
 * Persona requester = Persona.of("requester").with(ROLE, Role.REQUESTER);
 * }</pre>
 *
 * <p>Each call of {@link #state()} gives a fresh state, so tests never share one.
 *
 * @param name the persona's name, shown in the matrix and in failure messages
 * @param values the state values, by key, in the order they were given
 */
public record Persona(String name, Map<StateKey<?>, Object> values) {

  /**
   * Creates a persona, copying the values.
   *
   * @param name the persona's name; not blank
   * @param values the state values, by key
   */
  public Persona {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "A persona needs a name, such as 'anonymous' or 'requester'.");
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Returns the persona with an empty session state: a visitor who has not logged in.
   *
   * @return the persona named {@code anonymous}
   */
  public static Persona anonymous() {
    return of("anonymous");
  }

  /**
   * Returns a persona with an empty state; add values with {@link #with}.
   *
   * @param name the persona's name
   * @return the persona
   */
  public static Persona of(String name) {
    return new Persona(name, Map.of());
  }

  /**
   * Returns this persona with one more state value.
   *
   * @param key the application's state key
   * @param value the value
   * @param <T> the value's type
   * @return a new persona; this one is unchanged
   * @throws IllegalArgumentException if the value cannot be stored as the key's type
   */
  public <T> Persona with(StateKey<T> key, T value) {
    key.type().cast(Objects.requireNonNull(value, "value"));
    Map<StateKey<?>, Object> more = new LinkedHashMap<>(values);
    more.put(key, value);
    return new Persona(name, more);
  }

  /**
   * Returns a fresh session state holding this persona's values.
   *
   * @return the state
   */
  public SessionState state() {
    SessionState state = SessionState.empty();
    values.forEach((key, value) -> put(state, key, value));
    return state;
  }

  private static <T> void put(SessionState state, StateKey<T> key, Object value) {
    state.set(key, key.type().cast(value));
  }

  /**
   * Returns the name with the state values, such as {@code requester {role=REQUESTER}}.
   *
   * @return the description used in failure messages
   */
  @Override
  public String toString() {
    StringJoiner state = new StringJoiner(", ", " {", "}").setEmptyValue(" {}");
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.name().compareTo(b.name())))
        .forEach(entry -> state.add(entry.getKey().name() + "=" + entry.getValue()));
    return name + state;
  }
}
