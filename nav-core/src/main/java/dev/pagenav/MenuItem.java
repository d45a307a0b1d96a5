package dev.pagenav;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@link Menu}.
 *
 * @param title the page's title
 * @param icon the page's icon, or null
 * @param href the URL, context path included, or the external URL
 * @param active whether it is the page being rendered
 * @param external whether it opens another site in a new tab
 */
public record MenuItem(
    String title, @Nullable Icon icon, String href, boolean active, boolean external) {}
