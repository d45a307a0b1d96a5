package dev.pagenav.servlet;

import dev.pagenav.SessionState;
import dev.pagenav.SessionStateStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The filter's access to the application's {@link SessionStateStore}, with the failure rules in one
 * place: a load that fails is treated as empty state (fail closed), and a write that fails ends the
 * request with 503. Failures are logged once per episode, and a {@link StoreUnavailableException}
 * from the store is not logged again, since whatever threw it logged it.
 */
final class StateStore {

  private final SessionStateStore<HttpServletRequest> store;
  private final StoreFailures failures =
      new StoreFailures(
          "The session state store",
          "Until it works again, requests are treated as having no session state, and a request"
              + " that changes state is answered 503.");

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
      Map<String, String> values = store.load(request);
      failures.succeeded();
      return values;
    } catch (StoreUnavailableException e) {
      return Map.of();
    } catch (RuntimeException e) {
      if (report) {
        failures.failed("load a session's state", e);
      }
      return Map.of();
    }
  }

  private void save(HttpServletRequest request, String name, @Nullable String json) {
    run(() -> "save the state key '" + name + "'", () -> store.save(request, name, json));
  }

  void renew(HttpServletRequest request) {
    run(() -> "renew a session id", () -> store.renew(request));
  }

  void delete(HttpServletRequest request, SessionState state) {
    try {
      run(() -> "end a session", () -> store.delete(request));
    } finally {
      state.clearAfterDelete();
    }
  }

  /**
   * Runs a change to the store, turning a failure into 503 for the request; the action is named
   * only when it fails.
   */
  private void run(Supplier<String> action, Runnable change) {
    try {
      change.run();
      failures.succeeded();
    } catch (StoreUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      String named = action.get();
      failures.failed(named, e);
      throw new StoreUnavailableException(named);
    }
  }
}
