package dev.pagenav;

import java.util.List;

/**
 * What a session's menu shows: the navigation's visible pages, grouped by section.
 *
 * <p>Hidden pages are left out, and so is a section whose pages are all hidden. Renderers show the
 * first {@link #expanded()} items and put the rest behind a "View N more" toggle.
 *
 * @param position where the menu is shown
 * @param expanded how many items show before the toggle, or {@link Navigation#ALL}
 * @param sections the sections with at least one visible page, in order
 */
public record Menu(MenuPosition position, int expanded, List<MenuSection> sections) {

  /**
   * Creates a menu, copying the sections.
   *
   * @param position where the menu is shown
   * @param expanded how many items show before the toggle, or {@link Navigation#ALL}
   * @param sections the sections with at least one visible page, in order
   */
  public Menu {
    sections = List.copyOf(sections);
  }

  /**
   * Returns how many items the menu lists.
   *
   * @return how many items the menu lists
   */
  public int itemCount() {
    return sections.stream().mapToInt(section -> section.items().size()).sum();
  }

  /**
   * Returns whether the menu is drawn: not in the {@link MenuPosition#HIDDEN} position, and with at
   * least two items.
   *
   * @return whether the menu is drawn
   */
  public boolean isShown() {
    return position != MenuPosition.HIDDEN && itemCount() >= 2;
  }

  /**
   * Returns how many items are behind the "View N more" toggle.
   *
   * @return how many items are behind the "View N more" toggle
   */
  public int collapsedCount() {
    return Math.max(0, itemCount() - expanded);
  }

  /**
   * Returns the menu as JSON, in the schema documented in the README.
   *
   * @return the JSON text
   */
  public String toJson() {
    return MenuJson.write(this);
  }
}
