package dev.pagenav.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (vendored in the test resources with its licence) on the page a browser shows and
 * returns its violations.
 */
final class Axe {

  private static final String SOURCE = load();

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(
          Objects.requireNonNull(in, "axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A violated rule: its id, impact and the elements that break it. */
  record Violation(String id, String impact, String help, List<String> targets) {

    boolean isSeriousOrCritical() {
      return impact.equals("serious") || impact.equals("critical");
    }

    @Override
    public String toString() {
      return impact + " " + id + " (" + help + ") at " + targets;
    }
  }

  /** Returns the violations axe finds on the current page. */
  @SuppressWarnings("unchecked")
  static List<Violation> check(WebDriver browser) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript(SOURCE);
    Object result =
        script.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '',"
                + " help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
                + " targets: []}]));");
    return ((List<Map<String, Object>>) result)
        .stream()
            .map(
                v ->
                    new Violation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        (List<String>) v.get("targets")))
            .toList();
  }
}
