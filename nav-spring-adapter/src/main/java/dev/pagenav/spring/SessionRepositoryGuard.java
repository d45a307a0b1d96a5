package dev.pagenav.spring;

import dev.pagenav.servlet.StoreFailures;
import dev.pagenav.servlet.StoreUnavailableException;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

/**
 * Stands between Spring Session's filter and its session repository: a call that fails is logged
 * once per failure episode and rethrown as a {@link StoreUnavailableException}, which the servlet
 * adapter answers with 503 wherever it surfaces, and a call that works ends the episode.
 *
 * <p>Only the calls that reach the store are watched; creating a session happens in memory, so it
 * tells nothing about the store.
 */
final class SessionRepositoryGuard implements MethodInterceptor {

  private static final Map<String, String> ACTIONS =
      Map.of(
          "findById", "load a session",
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
      failures.failed(action, e);
      throw new StoreUnavailableException(action);
    }
    failures.succeeded();
    return result;
  }

  /** Returns whether the repository failed and has not worked since. */
  boolean failing() {
    return failures.failing();
  }
}
