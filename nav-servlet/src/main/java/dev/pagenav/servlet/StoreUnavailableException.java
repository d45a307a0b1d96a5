package dev.pagenav.servlet;

/**
 * Thrown when a session store fails, so the request ends with 503 instead of going on with state
 * the store never received. The failure has been logged where it happened, by a {@link
 * StoreFailures}; this exception carries neither its message nor its cause, which may quote a
 * session id or a stored value.
 *
 * <p>{@link PageNavFilter} answers it when a page or the filter itself throws it; {@link
 * StoreUnavailableFilter}, placed before the host's session filter, answers it when the session is
 * saved after the page ran.
 */
public final class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param action what the store failed to do, such as {@code "save a session"}
   */
  public StoreUnavailableException(String action) {
    super("The session store failed to " + action + ".", null, false, false);
  }
}
