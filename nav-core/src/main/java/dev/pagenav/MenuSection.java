package dev.pagenav;

import java.util.List;

/**
 * A labelled group of {@link MenuItem items}.
 *
 * @param label the header, empty for none
 * @param items the items, in order; never empty
 */
public record MenuSection(String label, List<MenuItem> items) {

  /**
   * Creates a section, copying the items.
   *
   * @param label the header, empty for none
   * @param items the items, in order; never empty
   */
  public MenuSection {
    items = List.copyOf(items);
  }
}
