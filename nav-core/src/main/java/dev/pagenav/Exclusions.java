package dev.pagenav;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Paths that routing passes through untouched: a path ending in {@code /} stands for everything
 * under it, any other path for itself. Matching is on canonical paths only, so {@code
 * /static/../admin} never matches {@code /static/}.
 */
final class Exclusions {

  private final List<String> prefixes = new ArrayList<>();
  private final Set<String> paths = new LinkedHashSet<>();

  /**
   * Adds a declared path, or the reason it is wrong to the problems.
   *
   * @param declared such as {@code /static/} or {@code /favicon.ico}
   * @param problems where a problem with the path is reported
   */
  void add(String declared, List<String> problems) {
    if (!declared.startsWith("/") || declared.equals("/")) {
      problems.add(
          "Excluded path '"
              + declared
              + "' must start with '/' and name something below the root, such as '/static/'.");
      return;
    }
    try {
      String normalised = "/" + UrlPaths.normalise(declared, "excluded path");
      (declared.endsWith("/") ? prefixes : paths).add(normalised);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
  }

  /** Returns whether a canonical path is excluded. */
  boolean matches(String path) {
    if (paths.contains(path)) {
      return true;
    }
    for (String prefix : prefixes) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
