package dev.pagenav;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of declared paths that routing treats apart (excluded or internal): a path ending in {@code
 * /} stands for everything under it, any other path for itself. Matching is on canonical paths
 * only, so {@code /static/../admin} never matches {@code /static/}.
 */
final class Exclusions {

  private final String what;
  private final List<String> prefixes = new ArrayList<>();
  private final Set<String> paths = new LinkedHashSet<>();

  /**
   * Creates an empty set.
   *
   * @param what what the paths are, for messages, such as {@code excluded path}
   */
  Exclusions(String what) {
    this.what = what;
  }

  /**
   * Adds a declared path, or the reason it is wrong to the problems.
   *
   * @param declared such as {@code /static/} or {@code /favicon.ico}
   * @param problems where a problem with the path is reported
   */
  void add(String declared, List<String> problems) {
    if (!declared.startsWith("/") || declared.equals("/")) {
      String rule =
          declared.equals("/")
              ? "' would take in every path; name something below the root"
              : "' must start with '/'";
      problems.add(
          Character.toUpperCase(what.charAt(0))
              + what.substring(1)
              + " '"
              + declared
              + rule
              + ", such as '/static/'.");
      return;
    }
    try {
      String normalised = "/" + UrlPaths.normalise(declared, what);
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
      if (UrlPaths.isAtOrUnder(path, prefix)) {
        return true;
      }
    }
    return false;
  }
}
