package dev.pagenav.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the small answers the filter gives itself: redirects and plain-text refusals. When the
 * response is already committed (a forward refused after the page wrote output), nothing more is
 * written.
 */
final class Responses {

  private Responses() {}

  static void redirect(HttpServletResponse response, int status, String location) {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Location", location);
  }

  static void plain(HttpServletResponse response, int status, String message) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(message);
  }

  /** Answers 503 for a failing session store, with a hint to try again in a few seconds. */
  static void unavailable(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", "5");
    plain(response, 503, "Service unavailable: session storage is failing. Try again shortly.");
  }

  /**
   * Answers 405 to any method but GET and HEAD, for what the filter serves itself.
   *
   * @return whether the method may go on
   */
  static boolean readOnly(String method, HttpServletResponse response) throws IOException {
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    response.setHeader("Allow", "GET, HEAD");
    plain(response, 405, "Method not allowed.");
    return false;
  }
}
