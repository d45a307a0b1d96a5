package dev.pagenav.servlet;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a failing session store once per failure episode: an ERROR line at the first failure, DEBUG
 * lines for the failures after it, and an INFO line when the store works again, with how long the
 * episode lasted and how many calls failed in it.
 *
 * <p>An outage of a shared store fails every request of every session at once; one line per episode
 * tells the operator what failed and when it ended without flooding the log. No line holds an
 * exception's message, which may quote a session id or a stored value: a failure is named by its
 * exception types and where it was thrown.
 *
 * <p>Adapters keep one instance per store. It is safe for use by concurrent requests.
 */
public final class StoreFailures {

  private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);

  private final String store;
  private final String consequence;
  private final AtomicReference<@Nullable Episode> episode = new AtomicReference<>();

  /**
   * Creates the log of one store.
   *
   * @param store names the store in log lines, such as {@code "The session repository"}
   * @param consequence what requests get while it fails, as a sentence for the ERROR line
   */
  public StoreFailures(String store, String consequence) {
    this.store = store;
    this.consequence = consequence;
  }

  private record Episode(long startNanos, AtomicLong failures) {}

  /**
   * Reports a failed call to the store: the first failure of an episode is logged at ERROR, later
   * ones at DEBUG.
   *
   * @param action what the call was to do, such as {@code "load a session"}
   * @param failure what it threw; only its types and where it was thrown are logged
   */
  public void failed(String action, Throwable failure) {
    Episode current = episode.get();
    if (current == null
        && episode.compareAndSet(null, new Episode(System.nanoTime(), new AtomicLong(1)))) {
      LOG.error(
          "{} failed to {} ({}). {} Further failures are logged at DEBUG until it works again.",
          store,
          action,
          describe(failure),
          consequence);
      return;
    }
    if (current != null) {
      current.failures().incrementAndGet();
    }
    LOG.debug("{} failed to {} ({})", store, action, describe(failure));
  }

  /** Reports a call to the store that worked, which ends an episode of failures. */
  public void succeeded() {
    Episode ended = episode.get();
    if (ended != null && episode.compareAndSet(ended, null)) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ended.startNanos());
      LOG.info(
          "{} works again, after {} failed calls in {} ms.", store, ended.failures().get(), millis);
    }
  }

  /**
   * Returns whether the store is in an episode of failures: it failed, and has not worked since.
   *
   * @return whether the store is in an episode of failures
   */
  public boolean failing() {
    return episode.get() != null;
  }

  /**
   * Names a failure by its exception types and where it was thrown, leaving out every message,
   * which may quote a session id or a stored value.
   *
   * @param failure the failure
   * @return its type, the frame that threw it and the types of its causes
   */
  public static String describe(Throwable failure) {
    StackTraceElement[] trace = failure.getStackTrace();
    StringBuilder text = new StringBuilder(failure.getClass().getName());
    if (trace.length > 0) {
      text.append(" at ").append(trace[0]);
    }
    for (Throwable cause = failure.getCause();
        cause != null && cause != failure;
        cause = cause.getCause()) {
      text.append(", caused by ").append(cause.getClass().getName());
    }
    return text.toString();
  }
}
