package dev.pagenav;

/**
 * Thrown by {@link Navigator#switchPage} and {@link Navigator#rerun} to end a page handler with a
 * 303 redirect, as Streamlit's {@code st.switch_page} stops the script. Adapters catch it.
 *
 * <p>Note: a handler that catches {@code RuntimeException} must rethrow this one, or the redirect
 * is lost.
 */
public final class PageRedirect extends RuntimeException {

  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** Where to redirect. */
  private final String location;

  PageRedirect(String location) {
    super("Redirect to " + location, null, false, false);
    this.location = location;
  }

  /**
   * Returns where to redirect: a path on this server, context path included.
   *
   * @return where to redirect: a path on this server, context path included
   */
  public String location() {
    return location;
  }
}
