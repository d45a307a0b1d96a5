package dev.pagenav;

import org.jspecify.annotations.Nullable;

/**
 * What to do with one request, and why.
 *
 * @param outcome what to do
 * @param reason why, for the adapter's log; holds no state values
 * @param page the page to render, for {@link Outcome#RENDER}
 * @param location where to redirect, for {@link Outcome#REDIRECT}, {@link Outcome#UNREACHABLE} and
 *     {@link Outcome#MOVED}
 * @param navigation the session's navigation, when it was computed
 * @param resource the name of a library resource, for {@link Outcome#RESOURCE}
 * @param atRoot whether the page renders at the root rather than at its own url path
 */
public record RoutingDecision(
    Outcome outcome,
    String reason,
    @Nullable Page page,
    @Nullable String location,
    @Nullable Navigation navigation,
    @Nullable String resource,
    boolean atRoot) {

  /** The kinds of decision. */
  public enum Outcome {
    /** Render {@link #page()}. */
    RENDER(200),
    /** Not pagenav's to decide (outside the mount point, or excluded): pass through untouched. */
    PASS(0),
    /** Serve one of pagenav's own resources, such as the icon font. */
    RESOURCE(200),
    /** Serve the session's menu as JSON. */
    MENU(200),
    /**
     * Redirect with 303 See Other to {@link #location()}: the default page's own path to the root.
     */
    REDIRECT(303),
    /**
     * Redirect with 303 See Other to {@link #location()}, the root: the page is not in the
     * session's navigation, in {@link UnreachableMode#REDIRECT} mode.
     */
    UNREACHABLE(303),
    /** Redirect with 301 Moved Permanently to {@link #location()}, for a trailing slash. */
    MOVED(301),
    /** Reject a malformed or ambiguous path. */
    BAD_REQUEST(400),
    /** Reject a state-changing request from another origin. */
    FORBIDDEN(403),
    /**
     * Answer that there is no such page: an internal path asked for by a client, or a page outside
     * the navigation in {@link UnreachableMode#NOT_FOUND} mode.
     */
    NOT_FOUND(404),
    /** Reject an HTTP method pagenav does not know. */
    METHOD_NOT_ALLOWED(405);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    /**
     * Returns the HTTP status to answer with, or 0 for {@link #PASS}.
     *
     * @return the HTTP status to answer with, or 0 for {@link #PASS}
     */
    public int status() {
      return status;
    }

    /**
     * Returns whether the request is refused: the page is outside the navigation, or the request is
     * malformed, cross-origin or of an unknown method. Host frameworks with access checks of their
     * own grant exactly the requests this is false for.
     *
     * @return whether the request is refused
     */
    public boolean denies() {
      return status >= 400 || this == UNREACHABLE;
    }
  }

  static RoutingDecision of(Outcome outcome, String reason) {
    return new RoutingDecision(outcome, reason, null, null, null, null, false);
  }

  static RoutingDecision render(Page page, Navigation navigation, boolean atRoot, String reason) {
    return new RoutingDecision(Outcome.RENDER, reason, page, null, navigation, null, atRoot);
  }

  static RoutingDecision redirect(Outcome outcome, String location, String reason) {
    return new RoutingDecision(outcome, reason, null, location, null, null, false);
  }

  static RoutingDecision resource(String name) {
    return new RoutingDecision(Outcome.RESOURCE, "pagenav resource", null, null, null, name, false);
  }
}
