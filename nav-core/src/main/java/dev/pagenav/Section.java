package dev.pagenav;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A group of pages under a label in the menu.
 *
 * @param label the section header; the empty label means no header
 * @param pages the pages, in menu order
 */
public record Section(String label, List<Page> pages) {

  /**
   * Creates a section, copying the pages.
   *
   * @param label the section header; the empty label means no header
   * @param pages the pages, in menu order
   */
  public Section {
    Objects.requireNonNull(label, "label");
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i) == null) {
        throw new NullPointerException(
            "Page " + (i + 1) + " of section '" + label + "' is null; declare every page first.");
      }
    }
    pages = List.copyOf(pages);
  }

  /**
   * Returns a section with a header.
   *
   * @param label the header; empty for none
   * @param pages the pages, in menu order
   * @return the section
   */
  public static Section of(String label, Page... pages) {
    return new Section(label, Arrays.asList(pages));
  }

  /**
   * Returns a section without a header.
   *
   * @param pages the pages, in menu order
   * @return the section
   */
  public static Section unlabeled(Page... pages) {
    return new Section("", Arrays.asList(pages));
  }

  /**
   * Returns whether the section has a header.
   *
   * @return whether the section has a header
   */
  public boolean isLabeled() {
    return !label.isEmpty();
  }
}
