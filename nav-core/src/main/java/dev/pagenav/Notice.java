package dev.pagenav;

/**
 * The one-time notice shown after a request for a page outside the navigation was redirected to the
 * default page.
 *
 * @param requestedPath the url path that was asked for, canonical and free of markup characters
 * @param message a sentence for the user
 */
public record Notice(String requestedPath, String message) {

  static Notice pageNotFound(String requestedPath) {
    return new Notice(
        requestedPath,
        "Page not found: '"
            + requestedPath
            + "' does not exist or is not available to you, so you are on the main page.");
  }
}
