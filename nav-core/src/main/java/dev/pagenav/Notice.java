package dev.pagenav;

/**
 * The one-time notice shown after a request for a page outside the navigation was redirected to the
 * default page.
 *
 * @param requestedPath the url path of the declared page that was asked for, or empty when the path
 *     was no page of the application: such a path is never repeated, so a link cannot put words of
 *     its choosing on the page
 * @param message a sentence for the user
 */
public record Notice(String requestedPath, String message) {

  static Notice pageNotFound(String requestedPath) {
    String page =
        requestedPath.isEmpty() ? "The page you asked for" : "Page '" + requestedPath + "'";
    return new Notice(
        requestedPath,
        "Page not found. "
            + page
            + " does not exist or is not available to you, so you are on the main page.");
  }
}
