package dev.pagenav;

import java.util.List;

/**
 * Thrown when a navigation is declared wrongly, for instance with two pages at one url path. The
 * message lists every problem found, each with how to fix it.
 */
public final class InvalidNavigationException extends IllegalArgumentException {

  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** Each problem found. */
  private final List<String> problems;

  InvalidNavigationException(List<String> problems) {
    super("Invalid navigation: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns each problem found, one sentence or more each.
   *
   * @return each problem found, one sentence or more each
   */
  public List<String> problems() {
    return problems;
  }
}
