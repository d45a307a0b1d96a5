package dev.pagenav;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where session state lives between requests: the extension point for stores.
 *
 * <p>State is kept as one JSON text per key, so that two requests of one session that change
 * different keys at the same time lose neither change. {@code nav-core} ships {@link
 * InMemorySessionStateStore}; adapters add a store over their host's session.
 *
 * @param <S> how a session is found: an id, or the adapter's request or session object
 */
public interface SessionStateStore<S> {

  /**
   * Returns the state of a session.
   *
   * @param session the session
   * @return the JSON text of each key, empty for an unknown or expired session
   */
  Map<String, String> load(S session);

  /**
   * Writes one key of a session's state, creating the session if needed.
   *
   * @param session the session
   * @param name the key's name
   * @param json the value as JSON text, or null to remove the key
   */
  void save(S session, String name, @Nullable String json);

  /**
   * Gives a session a new id and keeps its state: called at login and any other privilege change.
   *
   * @param session the session
   * @return the session under its new id
   */
  S renew(S session);

  /**
   * Ends a session and deletes its state: called at logout.
   *
   * @param session the session
   */
  void delete(S session);
}
