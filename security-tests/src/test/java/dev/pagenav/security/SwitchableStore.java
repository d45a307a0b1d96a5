package dev.pagenav.security;

import dev.pagenav.SessionStateStore;
import dev.pagenav.servlet.HttpSessionStateStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The HttpSession store, with a backend that can go down or time out on demand. */
final class SwitchableStore implements SessionStateStore<HttpServletRequest> {

  /** How the backend behaves. */
  enum Mode {
    UP,
    DOWN,
    TIMING_OUT
  }

  static final SwitchableStore INSTANCE = new SwitchableStore();

  private final HttpSessionStateStore store = new HttpSessionStateStore();
  private volatile Mode mode = Mode.UP;

  void mode(Mode mode) {
    this.mode = mode;
  }

  private void check() {
    if (mode == Mode.DOWN) {
      throw new IllegalStateException("backend down; secret role=admin");
    }
    if (mode == Mode.TIMING_OUT) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new UncheckedIOException(new SocketTimeoutException("read timed out; role=admin"));
    }
  }

  @Override
  public Map<String, String> load(HttpServletRequest request) {
    check();
    return store.load(request);
  }

  @Override
  public void save(HttpServletRequest request, String name, @Nullable String json) {
    check();
    store.save(request, name, json);
  }

  @Override
  public HttpServletRequest renew(HttpServletRequest request) {
    check();
    return store.renew(request);
  }

  @Override
  public void delete(HttpServletRequest request) {
    check();
    store.delete(request);
  }
}
