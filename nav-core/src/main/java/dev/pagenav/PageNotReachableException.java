package dev.pagenav;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when code switches to, or links to, a page that is not in the session's current
 * navigation. The message names the page and the reachable ones.
 */
public final class PageNotReachableException extends RuntimeException {

  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** The url path that was asked for. */
  private final String target;

  PageNotReachableException(String target, List<Page> reachable) {
    super(
        "Page '"
            + target
            + "' is not in the current navigation; reachable pages: "
            + reachable.stream()
                .map(page -> "'" + page.key() + "'")
                .collect(Collectors.joining(", "))
            + ". Add it to the navigation returned for this session, or switch or link to a"
            + " reachable page.");
    this.target = target;
  }

  /**
   * Returns the url path that was asked for.
   *
   * @return the url path that was asked for
   */
  public String target() {
    return target;
  }
}
