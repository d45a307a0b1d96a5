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
  private static final String FAILED = StateStore.class.getName() + ".failed";

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
        failed(
            request,
            "Session state could not be loaded ({}); the request is treated as having none",
            e);
      }
      return Map.of();
    }
  }

  private void save(HttpServletRequest request, String name, @Nullable String json) {
    try {
      store.save(request, name, json);
    } catch (RuntimeException e) {
      failed(request, "State key '" + name + "' could not be saved ({}); answering 503", e);
      throw new StoreUnavailableException("save a state change");
    }
  }

  void renew(HttpServletRequest request) {
    try {
      store.renew(request);
    } catch (RuntimeException e) {
      failed(request, "The session id could not be renewed ({}); answering 503", e);
      throw new StoreUnavailableException("renew the session id");
    }
  }

  void delete(HttpServletRequest request, SessionState state) {
    try {
      store.delete(request);
    } catch (RuntimeException e) {
      failed(request, "The session could not be ended ({}); answering 503", e);
      throw new StoreUnavailableException("end the session");
    } finally {
      state.clearAfterDelete();
    }
  }

  /**
   * Logs a store failure at ERROR once per request, however many reads and writes of the request
   * fail with it, so one failing backend gives one line per request.
   */
  private static void failed(HttpServletRequest request, String message, RuntimeException e) {
    if (request.getAttribute(FAILED) == null) {
      request.setAttribute(FAILED, Boolean.TRUE);
      LOG.error(message, describe(e));
    }
  }

  /** Names an exception by its type and where it was thrown, leaving out its message. */
  private static String describe(RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
  }
}
