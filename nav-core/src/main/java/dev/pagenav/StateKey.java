package dev.pagenav;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed name for one value in a session's state.
 *
 * <pre>{@code
 * static final StateKey<Boolean> LOGGED_IN = StateKey.of("logged_in", Boolean.class, false);
 * }</pre>
 *
 * <p>Values are stored as JSON, so the type must be one Jackson can write and read back: strings,
 * numbers, booleans, enums, records, lists and maps of those.
 *
 * @param name the name, unique within the application
 * @param type the type of the value
 * @param defaultValue the value read when the session holds none, or null
 * @param <T> the type of the value
 */
public record StateKey<T>(String name, Class<T> type, @Nullable T defaultValue) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  static final String RESERVED_PREFIX = "pagenav.";

  /**
   * Creates a key, validating its name.
   *
   * @param name the name, unique within the application
   * @param type the type of the value
   * @param defaultValue the value read when the session holds none, or null
   * @throws IllegalArgumentException if the name is invalid or reserved, or the default value is
   *     not of the type
   */
  public StateKey {
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid state key name '"
              + name
              + "'. Use 1 to 100 ASCII letters, digits, '_', '.' or '-', such as 'logged_in'.");
    }
    if (defaultValue != null && !type.isInstance(defaultValue)) {
      throw new IllegalArgumentException(
          "The default value of state key '"
              + name
              + "' is a "
              + defaultValue.getClass().getName()
              + ", not a "
              + type.getName()
              + ". Give a default of the key's type.");
    }
  }

  /**
   * Returns a key with a default value.
   *
   * @param name the name, such as {@code logged_in}; names starting {@code pagenav.} are reserved
   * @param type the type of the value
   * @param defaultValue the value read when the session holds none
   * @param <T> the type of the value
   * @return the key
   */
  public static <T> StateKey<T> of(String name, Class<T> type, T defaultValue) {
    return new StateKey<>(checkNotReserved(name), type, defaultValue);
  }

  /**
   * Returns a key whose value is null when the session holds none.
   *
   * @param name the name; names starting {@code pagenav.} are reserved
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the key
   */
  public static <T> StateKey<T> of(String name, Class<T> type) {
    return new StateKey<>(checkNotReserved(name), type, null);
  }

  static <T> StateKey<T> reserved(String name, Class<T> type) {
    return new StateKey<>(RESERVED_PREFIX + name, type, null);
  }

  private static String checkNotReserved(String name) {
    if (name.startsWith(RESERVED_PREFIX)) {
      throw new IllegalArgumentException(
          "State key name '"
              + name
              + "' starts with '"
              + RESERVED_PREFIX
              + "', which is reserved for pagenav's own state. Choose another name.");
    }
    return name;
  }
}
