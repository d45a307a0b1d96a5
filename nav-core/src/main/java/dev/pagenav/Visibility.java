package dev.pagenav;

/** Whether a page is listed in the menu. Both kinds are routable. */
public enum Visibility {
  /** Listed in the menu and routable. */
  VISIBLE,
  /** Routable and linkable, but not listed in the menu. */
  HIDDEN
}
