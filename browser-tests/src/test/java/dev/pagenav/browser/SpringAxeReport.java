package dev.pagenav.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe on each page of the Spring sample, counts its violations by impact for a table, and
 * keeps the serious and critical ones.
 */
final class SpringAxeReport {

  private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

  private final String theme;
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();

  SpringAxeReport(String theme) {
    this.theme = theme;
  }

  /** Checks the page the browser shows and records its violations under the given name. */
  void check(WebDriver browser, String page) {
    Map<String, Integer> byImpact = new LinkedHashMap<>();
    IMPACTS.forEach(impact -> byImpact.put(impact, 0));
    for (Axe.Violation violation : Axe.check(browser)) {
      byImpact.merge(violation.impact(), violation.targets().size(), Integer::sum);
      if (violation.isSeriousOrCritical()) {
        failures.add(theme + ", " + page + ": " + violation);
      }
    }
    counts.put(page, byImpact);
  }

  /** The serious and critical violations found, one line each. */
  List<String> failures() {
    return failures;
  }

  /** Prints the counts as a Markdown table and writes it under target. */
  void print() {
    StringBuilder table = new StringBuilder();
    table.append("| page (").append(theme).append(") | critical | serious | moderate | minor |\n");
    table.append("|---|---|---|---|---|\n");
    counts.forEach(
        (page, byImpact) -> {
          table.append("| ").append(page);
          IMPACTS.forEach(impact -> table.append(" | ").append(byImpact.get(impact)));
          table.append(" |\n");
        });
    System.out.print(table);
    try {
      Path file = Path.of("target", "spring-axe-" + theme + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
