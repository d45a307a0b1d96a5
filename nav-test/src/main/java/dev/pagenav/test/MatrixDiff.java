package dev.pagenav.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a golden Markdown matrix back and says, cell by cell, what changed. */
final class MatrixDiff {

  private static final Pattern URL_PATH = Pattern.compile("\\(`([^`]+)`\\)\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

  private MatrixDiff() {}

  static String describe(Path golden, String expected, AccessMatrix actual) {
    Map<String, Map<String, Access>> before = parse(expected);
    Map<String, Map<String, Access>> after = actual.cells();
    List<String> changes = new ArrayList<>();
    for (String persona : union(before.keySet(), after.keySet())) {
      if (!before.containsKey(persona)) {
        changes.add("persona '" + persona + "' is new");
      } else if (!after.containsKey(persona)) {
        changes.add("persona '" + persona + "' is gone");
      } else {
        compare(persona, before.get(persona), after.get(persona), changes);
      }
    }
    if (changes.isEmpty()) {
      changes.add("no access changed, but page titles or the order of rows or columns did");
    }
    return "The access matrix no longer matches "
        + golden
        + ":\n  - "
        + String.join("\n  - ", changes)
        + "\nIf the change is meant, rerun with -D"
        + AccessMatrix.UPDATE_PROPERTY
        + "=true and commit the file.\nNow:\n"
        + actual.toMarkdown();
  }

  private static void compare(
      String persona, Map<String, Access> before, Map<String, Access> after, List<String> out) {
    for (String page : union(before.keySet(), after.keySet())) {
      Access was = before.getOrDefault(page, Access.NOT_REACHABLE);
      Access is = after.getOrDefault(page, Access.NOT_REACHABLE);
      if (was == is) {
        continue;
      }
      String how = " (" + was.label() + " -> " + is.label() + ")";
      if (!was.isReachable()) {
        out.add("persona '" + persona + "' gained page '" + page + "'" + how);
      } else if (!is.isReachable()) {
        out.add("persona '" + persona + "' lost page '" + page + "'" + how);
      } else {
        out.add("persona '" + persona + "' reaches page '" + page + "' differently" + how);
      }
    }
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * Returns the cells of a Markdown matrix by persona and url path; unreadable rows are skipped.
   */
  static Map<String, Map<String, Access>> parse(String markdown) {
    Map<String, Map<String, Access>> cells = new LinkedHashMap<>();
    List<String> personas = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      List<String> row = cells(line);
      if (row.isEmpty() || row.get(0).startsWith("---")) {
        continue;
      }
      if (personas.isEmpty()) {
        personas.addAll(row.subList(1, row.size()));
        personas.forEach(persona -> cells.put(persona, new LinkedHashMap<>()));
        continue;
      }
      Matcher urlPath = URL_PATH.matcher(row.get(0));
      for (int i = 1; i < row.size() && i <= personas.size() && urlPath.find(0); i++) {
        cells.get(personas.get(i - 1)).put(urlPath.group(1), access(row.get(i)));
      }
    }
    return cells;
  }

  private static Access access(String label) {
    try {
      return Access.fromLabel(label);
    } catch (IllegalArgumentException e) {
      return Access.NOT_REACHABLE;
    }
  }

  private static List<String> cells(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("|") || !trimmed.endsWith("|") || trimmed.length() < 2) {
      return List.of();
    }
    List<String> row = new ArrayList<>();
    for (String cell : SEPARATOR.split(trimmed.substring(1, trimmed.length() - 1), -1)) {
      row.add(cell.strip().replace("\\|", "|").replace("\\\\", "\\"));
    }
    return row;
  }
}
