package dev.pagenav;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values a session keeps between requests, read and written through typed {@link StateKey
 * keys}.
 *
 * <p>Each change is handed at once to the session's store, and makes the navigation be computed
 * again. An instance belongs to one request and is not safe for use by several threads.
 */
public final class SessionState {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, String> json;
  private final Map<String, Object> decoded = new HashMap<>();
  private final Set<String> unreadable = new LinkedHashSet<>();
  private final Listener listener;
  private int version;

  private SessionState(Map<String, String> json, Listener listener) {
    this.json = new HashMap<>(json);
    this.listener = listener;
  }

  /**
   * Receives every change to a session's state, so a store can write it through.
   *
   * <p>Adapters implement it; applications do not.
   */
  @FunctionalInterface
  public interface Listener {

    /**
     * Called after a key changes.
     *
     * @param name the key's name
     * @param json the new value as JSON text, or null when the key was removed
     */
    void changed(String name, @Nullable String json);
  }

  /**
   * Returns a new empty state that keeps changes to itself, as for a test or a new visitor.
   *
   * @return a new empty state that keeps changes to itself, as for a test or a new visitor
   */
  public static SessionState empty() {
    return new SessionState(Map.of(), (name, value) -> {});
  }

  /**
   * Returns a state over values loaded from a store.
   *
   * @param json the JSON text of each key, as a {@link SessionStateStore} loads it
   * @param listener told of every change, to write it through to the store
   * @return the state
   */
  public static SessionState of(Map<String, String> json, Listener listener) {
    return new SessionState(json, Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Returns a key's value.
   *
   * <p>Note: a stored value that cannot be read as the key's type (written by another version of
   * the application, say) reads as the default; {@link #unreadableKeys()} names such keys.
   *
   * @param key the key
   * @param <T> the type of the value
   * @return the value, or the key's default when the session holds none
   */
  public <T> @Nullable T get(StateKey<T> key) {
    Object cached = decoded.get(key.name());
    if (cached != null && key.type().isInstance(cached)) {
      return key.type().cast(cached);
    }
    String text = json.get(key.name());
    if (text == null) {
      return key.defaultValue();
    }
    Object simple = readSimple(text, key.type());
    if (simple != null) {
      decoded.put(key.name(), simple);
      return key.type().cast(simple);
    }
    try {
      T value = JSON.readValue(text, key.type());
      decoded.put(key.name(), value);
      return value;
    } catch (JacksonException e) {
      unreadable.add(key.name());
      return key.defaultValue();
    }
  }

  /**
   * Returns a key's value when the session holds one, or its default.
   *
   * @param key the key
   * @param <T> the type of the value
   * @return the value or default, empty when both are absent
   */
  public <T> Optional<T> find(StateKey<T> key) {
    return Optional.ofNullable(get(key));
  }

  /**
   * Sets a key's value; the navigation is computed again on its next use.
   *
   * @param key the key
   * @param value the value, not null (use {@link #remove})
   * @param <T> the type of the value
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public <T> void set(StateKey<T> key, T value) {
    Objects.requireNonNull(value, () -> "value of state key '" + key.name() + "'; use remove()");
    if (key.name().startsWith(StateKey.RESERVED_PREFIX) && !PageNav.isOwnKey(key)) {
      throw new IllegalArgumentException(
          "State key '"
              + key.name()
              + "' uses the prefix '"
              + StateKey.RESERVED_PREFIX
              + "', which is reserved for pagenav's own state. Choose another name.");
    }
    String text = write(key, value);
    json.put(key.name(), text);
    decoded.put(key.name(), value);
    changed(key.name(), text);
  }

  /**
   * Removes a key's value, so it reads as its default again.
   *
   * @param key the key
   */
  public void remove(StateKey<?> key) {
    if (json.remove(key.name()) != null) {
      decoded.remove(key.name());
      changed(key.name(), null);
    }
  }

  /**
   * Returns whether the session holds a value for a key.
   *
   * @param key the key
   * @return whether the session holds a value for a key
   */
  public boolean contains(StateKey<?> key) {
    return json.containsKey(key.name());
  }

  /**
   * Returns the names of the keys the session holds a value for.
   *
   * @return the names of the keys the session holds a value for
   */
  public Set<String> names() {
    return Collections.unmodifiableSet(json.keySet());
  }

  /**
   * Returns the names of keys whose stored value could not be read as their type; such values read
   * as the key's default. Setting or removing a key, or clearing the state, drops it from this set.
   *
   * @return the names of the unreadable keys
   */
  public Set<String> unreadableKeys() {
    return Collections.unmodifiableSet(unreadable);
  }

  /**
   * Removes the values of the {@link #unreadableKeys() unreadable keys}, telling the listener of
   * each, so the store drops them and a session written by another version of the application
   * recovers on its next request.
   *
   * @return the names of the keys removed
   */
  public Set<String> removeUnreadable() {
    if (unreadable.isEmpty()) {
      return Set.of();
    }
    Set<String> removed = Set.copyOf(unreadable);
    for (String name : removed) {
      json.remove(name);
      decoded.remove(name);
      changed(name, null);
    }
    return removed;
  }

  /**
   * Forgets every value without telling the listener: for the adapter, after the store deleted the
   * session at logout.
   */
  public void clearAfterDelete() {
    json.clear();
    decoded.clear();
    unreadable.clear();
    version++;
  }

  int version() {
    return version;
  }

  private void changed(String name, @Nullable String text) {
    version++;
    unreadable.remove(name);
    listener.changed(name, text);
  }

  /**
   * Reads the commonest values, a boolean or a string without escapes, without a JSON parser, or
   * returns null to leave the text to it. Both ways read the same text as the same value.
   */
  private static @Nullable Object readSimple(String text, Class<?> type) {
    if (type == Boolean.class) {
      return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
    }
    if (type != String.class || text.length() < 2 || text.charAt(0) != '"') {
      return null;
    }
    int end = text.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        return null;
      }
    }
    return text.charAt(end) == '"' ? text.substring(1, end) : null;
  }

  private static String write(StateKey<?> key, Object value) {
    if (!key.type().isInstance(value)) {
      throw new IllegalArgumentException(
          "Value for state key '"
              + key.name()
              + "' is a "
              + value.getClass().getName()
              + ", not a "
              + key.type().getName()
              + ".");
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "Value for state key '"
              + key.name()
              + "' of type "
              + value.getClass().getName()
              + " cannot be written as JSON ("
              + e.getOriginalMessage()
              + "). Store strings, numbers, booleans, enums, records, lists or maps.",
          e);
    }
  }
}
