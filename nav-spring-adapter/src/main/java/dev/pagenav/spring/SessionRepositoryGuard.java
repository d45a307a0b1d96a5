package dev.pagenav.spring;

import dev.pagenav.servlet.StoreFailures;
import dev.pagenav.servlet.StoreUnavailableException;
import java.io.IOException;
import java.io.ObjectStreamException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Stands between Spring Session's filter and its session repository: a call that fails because the
 * store cannot be reached is logged once per failure episode and rethrown as a {@link
 * StoreUnavailableException}, which the servlet adapter answers with 503 wherever it surfaces, and
 * a call that works ends the episode.
 *
 * <p>Only the calls that reach the store are watched; creating a session happens in memory, so it
 * tells nothing about the store. A failure the store answered with is no outage: a stored session
 * that cannot be read (written by another version of the application, or left half-written by a
 * save that raced a logout) is treated as absent, with a warning, and a save that lost a race with
 * the request that ended its session is dropped.
 */
final class SessionRepositoryGuard implements MethodInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(SessionRepositoryGuard.class);
  private static final String DATA_ACCESS_EXCEPTION = "org.springframework.dao.DataAccessException";
  private static final String LOAD = "load a session";
  private static final String SAVE = "save a session";
  private static final Map<String, String> ACTIONS =
      Map.of(
          "findById", LOAD,
          "save", SAVE,
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
      if (outage(e)) {
        failures.failed(action, e);
        throw new StoreUnavailableException(action);
      }
      failures.succeeded(); // the store answered; what it answered is the trouble
      return answered(invocation, action, e);
    }
    failures.succeeded();
    return result;
  }

  /** Handles a call the store answered with a failure that is not an outage. */
  private @Nullable Object answered(MethodInvocation invocation, String action, RuntimeException e)
      throws Throwable {
    if (action.equals(LOAD)) {
      LOG.warn(
          "A stored session could not be read ({}), so it is treated as absent and its visitor"
              + " starts a new session. Another version of the application or other code wrote"
              + " it.",
          StoreFailures.describe(e));
      return null;
    }
    if (action.equals(SAVE) && ended(invocation)) {
      LOG.debug("A session was saved after another request ended it; its changes were dropped.");
      return null;
    }
    throw e;
  }

  /** Returns whether the session a failed save was for is gone from the store. */
  private boolean ended(MethodInvocation invocation) throws Throwable {
    Session session = (Session) invocation.getArguments()[0];
    SessionRepository<?> repository = (SessionRepository<?>) invocation.getThis();
    try {
      return repository.findById(session.getId()) == null;
    } catch (RuntimeException e) {
      if (outage(e)) {
        failures.failed(LOAD, e);
        throw new StoreUnavailableException(LOAD);
      }
      return true;
    }
  }

  /**
   * Returns whether a failure means the store could not be reached or did not answer in time: a
   * Spring data access exception, an I/O failure other than a stream that could not be read, or a
   * timeout. Anything else is an answer, such as a stored session that cannot be deserialized.
   */
  static boolean outage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isDataAccessException(cause.getClass())
          || cause instanceof IOException && !(cause instanceof ObjectStreamException)
          || cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Compares by name, since Spring's data access exceptions come with the store's own library. */
  private static boolean isDataAccessException(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(DATA_ACCESS_EXCEPTION)) {
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
