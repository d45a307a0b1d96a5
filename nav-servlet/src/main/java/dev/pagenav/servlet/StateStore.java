package dev.pagenav.servlet;

import dev.pagenav.SessionState;
import dev.pagenav.SessionStateStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filter's access to the application's {@link SessionStateStore}, with the failure rules in one
 * place: a load that fails is treated as empty state (fail closed), a write that fails ends the
 * request with 503, and neither logs the store's message, which may hold a session id or a value.
 */
final class StateStore {

  private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);

  private final SessionStateStore<HttpServletRequest> store;

  StateStore(SessionStateStore<HttpServletRequest> store) {
    this.store = store;
  }

  SessionState load(HttpServletRequest request) {
    return SessionState.of(values(request, true), (name, json) -> save(request, name, json));
  }

  /**
   * Loads a copy of the state whose changes are kept nowhere, for deciding a request without
   * answering it; a failing store is not reported again, since the filter reports it.
   */
  SessionState peek(HttpServletRequest request) {
    return SessionState.of(values(request, false), (name, json) -> {});
  }

  private Map<String, String> values(HttpServletRequest request, boolean report) {
    try {
      return store.load(request);
    } catch (RuntimeException e) {
      if (report) {
        LOG.error(
            "Session state could not be loaded ({}); the request is treated as having none",
            describe(e));
      }
      return Map.of();
    }
  }

  private void save(HttpServletRequest request, String name, @Nullable String json) {
    try {
      store.save(request, name, json);
    } catch (RuntimeException e) {
      LOG.error("State key '{}' could not be saved ({}); answering 503", name, describe(e));
      throw new StoreUnavailableException("save a state change");
    }
  }

  void renew(HttpServletRequest request) {
    try {
      store.renew(request);
    } catch (RuntimeException e) {
      LOG.error("The session id could not be renewed ({}); answering 503", describe(e));
      throw new StoreUnavailableException("renew the session id");
    }
  }

  void delete(HttpServletRequest request, SessionState state) {
    try {
      store.delete(request);
    } catch (RuntimeException e) {
      LOG.error("The session could not be ended ({}); answering 503", describe(e));
      throw new StoreUnavailableException("end the session");
    } finally {
      state.clearAfterDelete();
    }
  }

  /** Names an exception by its type and where it was thrown, leaving out its message. */
  private static String describe(RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
  }
}
