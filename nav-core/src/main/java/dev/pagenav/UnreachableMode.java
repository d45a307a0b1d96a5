package dev.pagenav;

/** What a request for a page outside the session's navigation gets. */
public enum UnreachableMode {
  /** A 303 redirect to the root, with a one-time "page not found" notice. The default. */
  REDIRECT,
  /** A plain 404 answer. */
  NOT_FOUND
}
