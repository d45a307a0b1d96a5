package dev.pagenav.test;

/** What one persona can do with one page: one cell of the {@link AccessMatrix}. */
public enum Access {
  /** The page is the persona's default page, served at the root. */
  DEFAULT("default"),
  /** The page is in the persona's navigation and its menu. */
  REACHABLE("yes"),
  /** The page is in the persona's navigation but hidden from its menu: reached by link only. */
  HIDDEN("hidden"),
  /** The page is not in the persona's navigation: no URL, switch page or link reaches it. */
  NOT_REACHABLE("no");

  private final String label;

  Access(String label) {
    this.label = label;
  }

  /**
   * Returns the word the matrix shows for this access.
   *
   * @return {@code default}, {@code yes}, {@code hidden} or {@code no}
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether the persona can reach the page at all.
   *
   * @return true for every access but {@link #NOT_REACHABLE}
   */
  public boolean isReachable() {
    return this != NOT_REACHABLE;
  }

  static Access fromLabel(String label) {
    for (Access access : values()) {
      if (access.label.equals(label)) {
        return access;
      }
    }
    throw new IllegalArgumentException(
        "Unknown access '" + label + "'; the matrix uses 'default', 'yes', 'hidden' and 'no'.");
  }
}
