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
  private final Page[][] sections = new Page[SECTIONS.length][];

  GeneratedApp(int count) {
    for (int i = 0; i < count; i++) {
      String section = SECTIONS[i % SECTIONS.length];
      pages.add(Page.of(section + "/g" + i / 10 + "/page" + i, "Page " + i));
    }
    for (int s = 0; s < SECTIONS.length; s++) {
      String prefix = SECTIONS[s] + "/";
      sections[s] =
          pages.stream().filter(page -> page.urlPath().startsWith(prefix)).toArray(Page[]::new);
    }
  }

  /**
   * Builds the navigation from the declared pages, as a policy does on each request: validation and
   * indexing included, unless pagenav recognises the navigation as one it built before.
   */
  Navigation navigation() {
    Navigation.Builder builder = Navigation.builder().section("", home);
    for (int s = 0; s < SECTIONS.length; s++) {
      builder.section(SECTIONS[s], sections[s]);
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
