package dev.pagenav.bench;

import dev.pagenav.Navigation;
import dev.pagenav.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated application of N pages with nested paths in three sections, such as {@code
 * reports/g1/page12}, plus a default page {@code home} that no hit targets.
 */
final class GeneratedApp {

  private static final String[] SECTIONS = {"reports", "tools", "admin"};

  final List<Page> pages = new ArrayList<>();
  final Page home = Page.of("home", "Home").asDefault();

  GeneratedApp(int count) {
    for (int i = 0; i < count; i++) {
      String section = SECTIONS[i % SECTIONS.length];
      pages.add(Page.of(section + "/g" + i / 10 + "/page" + i, "Page " + i));
    }
  }

  /** Builds the navigation: validation and indexing included. */
  Navigation navigation() {
    Navigation.Builder builder = Navigation.builder().section("", home);
    for (String section : SECTIONS) {
      builder.section(
          section,
          pages.stream()
              .filter(page -> page.urlPath().startsWith(section + "/"))
              .toArray(Page[]::new));
    }
    return builder.build();
  }

  /** Returns the url path a target names: first, middle or last page, a miss, or malformed. */
  String target(String which) {
    return switch (which) {
      case "first" -> "/" + pages.get(0).urlPath();
      case "middle" -> "/" + pages.get(pages.size() / 2).urlPath();
      case "last" -> "/" + pages.get(pages.size() - 1).urlPath();
      case "miss" -> "/reports/g0/nowhere";
      case "malformed" -> "/reports/g0/..%2fpage1";
      default -> throw new IllegalArgumentException("Unknown target '" + which + "'");
    };
  }
}
