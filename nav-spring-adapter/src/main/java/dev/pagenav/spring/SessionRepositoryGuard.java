package dev.pagenav.spring;

import dev.pagenav.servlet.StoreFailures;
import dev.pagenav.servlet.StoreUnavailableException;
import java.io.ObjectStreamException;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.serializer.support.SerializationFailedException;

/**
 * Stands between Spring Session's filter and its session repository: a call that fails is logged
 * once per failure episode and rethrown as a {@link StoreUnavailableException}, which the servlet
 * adapter answers with 503 wherever it surfaces, and a call that works ends the episode.
 *
 * <p>Only the calls that reach the store are watched; creating a session happens in memory, so it
 * tells nothing about the store. A stored session that cannot be deserialized (written by another
 * version of the application) is not an outage: it is treated as absent, with a warning.
 */
final class SessionRepositoryGuard implements MethodInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(SessionRepositoryGuard.class);
  private static final String LOAD = "load a session";
  private static final Map<String, String> ACTIONS =
      Map.of(
          "findById", LOAD,
          "save", "save a session",
          "deleteById", "delete a session",
          "findByIndexNameAndIndexValue", "find sessions by index",
          "findByPrincipalName", "find sessions by principal");

  private final StoreFailures failures;

  SessionRepositoryGuard(String repository) {
    this.failures =
        new StoreFailures(
            "The session repository (" + repository + ")",
            "Until it works again, a request that needs its session is answered 503, and none"
                + " is served with state it could not read.");
  }

  @Override
  public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
    String action = ACTIONS.get(invocation.getMethod().getName());
    if (action == null) {
      return invocation.proceed();
    }
    Object result;
    try {
      result = invocation.proceed();
    } catch (RuntimeException e) {
      if (action.equals(LOAD) && unreadable(e)) {
        return absent(e);
      }
      failures.failed(action, e);
      throw new StoreUnavailableException(action);
    }
    failures.succeeded();
    return result;
  }

  /**
   * Treats a stored session that cannot be deserialized as absent: the store answered, so it is not
   * an outage, and failing every request of that session until it expires would be.
   */
  private @Nullable Object absent(RuntimeException e) {
    failures.succeeded();
    LOG.warn(
        "A stored session could not be read ({}), so it is treated as absent and its visitor"
            + " starts a new session. Another version of the application or other code wrote it.",
        StoreFailures.describe(e));
    return null;
  }

  /** Returns whether a failure is a value that could not be deserialized. */
  private static boolean unreadable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SerializationFailedException
          || cause instanceof ObjectStreamException
          || cause instanceof ClassNotFoundException) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the repository failed and has not worked since. */
  boolean failing() {
    return failures.failing();
  }
}
