package dev.pagenav;

import org.jspecify.annotations.Nullable;

/**
 * A link to a page, made only to pages in the session's navigation (or to external pages).
 *
 * @param href the URL, context path included, or the external URL
 * @param label the text of the link
 * @param icon the page's icon, or null
 * @param active whether it links to the page being rendered; never for an external link
 * @param disabled whether it is shown greyed out and cannot be followed
 * @param external whether it opens another site in a new tab
 */
public record PageLink(
    String href,
    String label,
    @Nullable Icon icon,
    boolean active,
    boolean disabled,
    boolean external) {

  /**
   * Returns this link with another label.
   *
   * @param label the label, not blank
   * @return the link
   * @throws IllegalArgumentException if the label is blank
   */
  public PageLink withLabel(String label) {
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "The label of the link to '" + href + "' is blank. Give visible text.");
    }
    return new PageLink(href, label, icon, active, disabled, external);
  }

  /**
   * Returns this link disabled: shown, but not followed.
   *
   * @return this link disabled: shown, but not followed
   */
  public PageLink asDisabled() {
    return new PageLink(href, label, icon, active, true, external);
  }
}
