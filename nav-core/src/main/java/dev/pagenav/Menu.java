package dev.pagenav;

import java.util.ArrayList;
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
   * Returns the sections as far as the first {@link #expanded()} items, the part shown before the
   * "View N more" toggle; a section cut by the limit keeps its first items.
   *
   * @return the sections shown before the toggle, in order
   */
  public List<MenuSection> expandedSections() {
    List<MenuSection> shown = new ArrayList<>();
    int budget = expanded;
    for (MenuSection section : sections) {
      int take = Math.min(budget, section.items().size());
      budget -= take;
      if (take > 0) {
        shown.add(new MenuSection(section.label(), section.items().subList(0, take)));
      }
    }
    return shown;
  }

  /**
   * Returns the items behind the "View N more" toggle, by section; a section cut by the limit goes
   * on without its label, since the label is shown above the toggle.
   *
   * @return the sections behind the toggle, in order; empty when everything is expanded
   */
  public List<MenuSection> collapsedSections() {
    List<MenuSection> more = new ArrayList<>();
    int budget = expanded;
    for (MenuSection section : sections) {
      int size = section.items().size();
      int take = Math.min(budget, size);
      budget -= take;
      if (take < size) {
        String label = take == 0 ? section.label() : "";
        more.add(new MenuSection(label, section.items().subList(take, size)));
      }
    }
    return more;
  }

  /**
   * Returns whether the current page is among the items behind the "View N more" toggle, which a
   * renderer then shows open, so that the current page is never hidden.
   *
   * @return whether the active item is collapsed
   */
  public boolean isActiveCollapsed() {
    return collapsedSections().stream()
        .anyMatch(section -> section.items().stream().anyMatch(MenuItem::active));
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
