package dev.pagenav.servlet;

import static dev.pagenav.servlet.Html.escape;

import dev.pagenav.Icon;
import dev.pagenav.Menu;
import dev.pagenav.MenuItem;
import dev.pagenav.MenuPosition;
import dev.pagenav.MenuSection;
import dev.pagenav.Notice;
import dev.pagenav.PageLink;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders the menu, links and notices as HTML that works without JavaScript: {@code <nav>} and
 * lists, {@code <details>} for toggles and dropdowns, every value escaped.
 */
final class MenuHtml {

  /**
   * The menu button that folds the menu on a narrow screen, for both positions: a checkbox and its
   * label, so it works without JavaScript; the stylesheet shows it only below 640px.
   */
  private static final String FOLD =
      "<input type=\"checkbox\" id=\"pagenav-fold\" class=\"pagenav-fold\">"
          + "<label for=\"pagenav-fold\" class=\"pagenav-menu-button\">"
          + "<span class=\"pagenav-icon material-symbols-rounded\" aria-hidden=\"true\">menu</span>"
          + "Menu</label><div class=\"pagenav-body\">";

  private MenuHtml() {}

  static String menu(Menu menu) {
    if (!menu.isShown()) {
      return "";
    }
    StringBuilder html = new StringBuilder(1024);
    String position = menu.position() == MenuPosition.TOP ? "top" : "sidebar";
    html.append("<nav class=\"pagenav pagenav-")
        .append(position)
        .append("\" aria-label=\"Pages\">")
        .append(FOLD);
    if (menu.position() == MenuPosition.TOP) {
      top(html, menu);
    } else {
      sidebar(html, menu);
    }
    return html.append("</div></nav>").toString();
  }

  private static void sidebar(StringBuilder html, Menu menu) {
    sections(html, menu.expandedSections());
    List<MenuSection> more = menu.collapsedSections();
    if (!more.isEmpty()) {
      html.append("<details class=\"pagenav-more\"")
          .append(menu.isActiveCollapsed() ? " open" : "")
          .append("><summary>View ")
          .append(menu.collapsedCount())
          .append(" more</summary>");
      sections(html, more);
      html.append("</details>");
    }
  }

  private static void sections(StringBuilder html, List<MenuSection> sections) {
    for (MenuSection section : sections) {
      html.append("<div class=\"pagenav-section\">");
      if (!section.label().isEmpty()) {
        html.append("<h2 class=\"pagenav-section-label\">")
            .append(escape(section.label()))
            .append("</h2>");
      }
      items(html, section.items());
      html.append("</div>");
    }
  }

  private static void top(StringBuilder html, Menu menu) {
    html.append("<ul class=\"pagenav-bar\">");
    for (MenuSection section : menu.sections()) {
      if (section.label().isEmpty()) {
        section.items().forEach(item -> html.append("<li>").append(item(item)).append("</li>"));
      }
    }
    for (MenuSection section : menu.sections()) {
      if (!section.label().isEmpty()) {
        html.append("<li><details class=\"pagenav-dropdown\"><summary>")
            .append(escape(section.label()))
            .append("</summary>");
        items(html, section.items());
        html.append("</details></li>");
      }
    }
    html.append("</ul>");
  }

  private static void items(StringBuilder html, List<MenuItem> items) {
    html.append("<ul class=\"pagenav-items\">");
    items.forEach(item -> html.append("<li>").append(item(item)).append("</li>"));
    html.append("</ul>");
  }

  private static String item(MenuItem item) {
    return anchor(item.href(), item.title(), item.icon(), item.active(), item.external());
  }

  static String link(PageLink link) {
    if (link.disabled()) {
      return "<span class=\"pagenav-link pagenav-disabled\" aria-disabled=\"true\">"
          + icon(link.icon())
          + "<span class=\"pagenav-title\">"
          + escape(link.label())
          + "</span></span>";
    }
    return anchor(link.href(), link.label(), link.icon(), link.active(), link.external());
  }

  private static String anchor(
      String href, String title, @Nullable Icon icon, boolean active, boolean external) {
    StringBuilder html = new StringBuilder(160);
    html.append("<a class=\"pagenav-link").append(active ? " pagenav-active\"" : "\"");
    html.append(" href=\"").append(escape(href)).append('"');
    if (active) {
      html.append(" aria-current=\"page\"");
    }
    if (external) {
      html.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
    }
    html.append('>').append(icon(icon));
    html.append("<span class=\"pagenav-title\">").append(escape(title)).append("</span>");
    return html.append("</a>").toString();
  }

  static String icon(@Nullable Icon icon) {
    if (icon == null) {
      return "";
    }
    String kind = icon.kind() == Icon.Kind.MATERIAL ? " material-symbols-rounded" : "";
    return "<span class=\"pagenav-icon"
        + kind
        + "\" aria-hidden=\"true\">"
        + escape(icon.value())
        + "</span>";
  }

  static String notice(Notice notice) {
    return "<div class=\"pagenav-notice\" role=\"alert\">" + escape(notice.message()) + "</div>";
  }
}
