package dev.pagenav;

import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link Menu} as JSON in the documented, stable schema. */
final class MenuJson {

  private MenuJson() {}

  static String write(Menu menu) {
    ObjectNode root = SessionState.JSON.createObjectNode();
    root.put("position", menu.position().name().toLowerCase(Locale.ROOT));
    root.put("shown", menu.isShown());
    if (menu.expanded() == Navigation.ALL) {
      root.putNull("expanded");
    } else {
      root.put("expanded", menu.expanded());
    }
    ArrayNode sections = root.putArray("sections");
    for (MenuSection section : menu.sections()) {
      ObjectNode node = sections.addObject();
      node.put("label", section.label());
      ArrayNode items = node.putArray("items");
      section.items().forEach(item -> writeItem(items.addObject(), item));
    }
    return SessionState.JSON.writeValueAsString(root);
  }

  private static void writeItem(ObjectNode node, MenuItem item) {
    node.put("title", item.title());
    if (item.icon() == null) {
      node.putNull("icon");
    } else {
      ObjectNode icon = node.putObject("icon");
      icon.put("kind", item.icon().kind().name().toLowerCase(Locale.ROOT));
      icon.put("value", item.icon().value());
    }
    node.put("href", item.href());
    node.put("active", item.active());
    node.put("external", item.external());
  }
}
