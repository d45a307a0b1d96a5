package dev.pagenav;

/** Where the menu of a navigation is shown. */
public enum MenuPosition {
  /** A sidebar, shown when at least two pages are visible. */
  SIDEBAR,
  /** A bar across the top, with one dropdown per labelled section. */
  TOP,
  /** No menu at all; every page is still routed. */
  HIDDEN
}
