package dev.pagenav.servlet;

/**
 * Thrown when the session state store fails to write, so the request ends with 503 instead of going
 * on with state the store never received.
 */
final class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StoreUnavailableException(String what) {
    super("The session state store failed to " + what + ".", null, false, false);
  }
}
