package dev.pagenav.test;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.PageNav;
import dev.pagenav.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who reaches which page: every persona against every page of the application, that is every page
 * of every navigation the personas produce, in the order they first appear.
 *
 * <pre>{@code
 * AccessMatrix matrix = AccessMatrix.of(policy, anonymous, requester, admin);
 * matrix.assertMatches(Path.of("src/test/resources/access-matrix.md"));
 * }</pre>
 *
 * <p>Rendered as Markdown for review, HTML for people and JSON for tools. The golden-file check
 * fails with the cells that changed, such as "persona 'requester' gained page 'admin-1'"; run the
 * build with {@code -Dpagenav.golden.update=true} to rewrite the file after a change you meant.
 */
public final class AccessMatrix {

  /** The system property that rewrites golden files instead of comparing with them. */
  public static final String UPDATE_PROPERTY = "pagenav.golden.update";

  private final List<Persona> personas;
  private final List<Page> pages;
  private final Map<String, Map<String, Access>> cells;

  private AccessMatrix(
      List<Persona> personas, List<Page> pages, Map<String, Map<String, Access>> cells) {
    this.personas = List.copyOf(personas);
    this.pages = List.copyOf(pages);
    this.cells = cells;
  }

  /**
   * Computes the matrix of a policy for some personas.
   *
   * @param policy the application's navigation policy
   * @param personas the personas, in the order of the matrix's columns
   * @return the matrix
   * @throws IllegalArgumentException if there is no persona, or two share a name
   */
  public static AccessMatrix of(NavigationPolicy policy, Persona... personas) {
    return of(policy, List.of(personas));
  }

  /**
   * Computes the matrix of a policy for some personas.
   *
   * @param policy the application's navigation policy
   * @param personas the personas, in the order of the matrix's columns
   * @return the matrix
   * @throws IllegalArgumentException if there is no persona, or two share a name
   */
  public static AccessMatrix of(NavigationPolicy policy, List<Persona> personas) {
    checkNames(personas);
    PageNav pageNav = PageNav.builder(policy).build();
    Map<String, Page> pages = new LinkedHashMap<>();
    Map<String, Navigation> navigations = new LinkedHashMap<>();
    for (Persona persona : personas) {
      Navigation navigation = pageNav.navigationFor(persona.state());
      navigations.put(persona.name(), navigation);
      navigation.sections().stream()
          .map(Section::pages)
          .flatMap(List::stream)
          .filter(page -> !page.isExternal())
          .forEach(page -> pages.putIfAbsent(page.urlPath(), page));
    }
    Map<String, Map<String, Access>> cells = new LinkedHashMap<>();
    navigations.forEach((name, navigation) -> cells.put(name, column(navigation, pages.keySet())));
    return new AccessMatrix(personas, new ArrayList<>(pages.values()), cells);
  }

  private static void checkNames(List<Persona> personas) {
    if (personas.isEmpty()) {
      throw new IllegalArgumentException(
          "An access matrix needs at least one persona, such as Persona.anonymous().");
    }
    List<String> seen = new ArrayList<>();
    for (Persona persona : personas) {
      if (seen.contains(persona.name())) {
        throw new IllegalArgumentException(
            "Two personas are named '" + persona.name() + "'. Give each persona its own name.");
      }
      seen.add(persona.name());
    }
  }

  private static Map<String, Access> column(Navigation navigation, Iterable<String> pages) {
    Map<String, Access> column = new LinkedHashMap<>();
    for (String urlPath : pages) {
      column.put(urlPath, access(navigation, urlPath));
    }
    return column;
  }

  private static Access access(Navigation navigation, String urlPath) {
    Page page = navigation.find(urlPath).orElse(null);
    if (page == null) {
      return Access.NOT_REACHABLE;
    }
    if (page.key().equals(navigation.defaultPage().key())) {
      return Access.DEFAULT;
    }
    return page.isVisible() ? Access.REACHABLE : Access.HIDDEN;
  }

  /**
   * Returns the personas, in the order of the columns.
   *
   * @return the personas
   */
  public List<Persona> personas() {
    return personas;
  }

  /**
   * Returns every page of the application, in the order of the rows.
   *
   * @return the pages
   */
  public List<Page> pages() {
    return pages;
  }

  /**
   * Returns what a persona can do with a page.
   *
   * @param persona the persona's name
   * @param urlPath the page's url path
   * @return the access
   * @throws IllegalArgumentException if the matrix has no such persona or page
   */
  public Access access(String persona, String urlPath) {
    Map<String, Access> column = cells.get(persona);
    if (column == null || !column.containsKey(urlPath)) {
      throw new IllegalArgumentException(
          "The matrix has no cell for persona '"
              + persona
              + "' and page '"
              + urlPath
              + "'. Personas: "
              + cells.keySet()
              + "; pages: "
              + cells.values().iterator().next().keySet()
              + ".");
    }
    return column.get(urlPath);
  }

  Map<String, Map<String, Access>> cells() {
    return cells;
  }

  /**
   * Returns the matrix as a Markdown table: a row per page, a column per persona.
   *
   * @return the Markdown text, ending with a line break
   */
  public String toMarkdown() {
    return MatrixText.markdown(this);
  }

  /**
   * Returns the matrix as a stand-alone HTML page that a person can open and read.
   *
   * @return the HTML document, every value escaped
   */
  public String toHtml() {
    return MatrixText.html(this);
  }

  /**
   * Returns only the matrix's {@code <table>}, for a page of the application's own layout.
   *
   * @return the table element with its caption, every value escaped; its cells carry the classes
   *     {@code default}, {@code yes}, {@code hidden} and {@code no}
   */
  public String toHtmlTable() {
    return MatrixText.table(this);
  }

  /**
   * Returns the matrix as JSON: {@code personas} (names in order), and {@code pages}, each with
   * {@code urlPath}, {@code title} and {@code access} (the label per persona name).
   *
   * @return the JSON text
   */
  public String toJson() {
    return MatrixText.json(this);
  }

  /**
   * Checks the matrix against a committed Markdown file. With the system property {@value
   * #UPDATE_PROPERTY} set to {@code true} it rewrites the file instead; a missing file is written
   * and the check fails, so a new matrix is always reviewed before it is committed.
   *
   * @param golden the committed file, such as {@code src/test/resources/access-matrix.md}
   * @throws AssertionError naming each persona that gained or lost a page, and how
   */
  public void assertMatches(Path golden) {
    try {
      boolean missing = !Files.exists(golden);
      if (missing || Boolean.getBoolean(UPDATE_PROPERTY)) {
        write(golden, toMarkdown());
        if (missing) {
          throw new AssertionError(
              "The golden access matrix "
                  + golden
                  + " did not exist, so it was written now. Review it and commit it.");
        }
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the golden file " + golden, e);
    }
    differencesFrom(golden)
        .ifPresent(
            differences -> {
              throw new AssertionError(differences);
            });
  }

  /**
   * Compares the matrix with a committed Markdown file without ever writing it, for tests that show
   * a changed policy is caught.
   *
   * @param golden the committed file
   * @return what changed, persona by persona, or empty when the file matches
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<String> differencesFrom(Path golden) {
    String actual = toMarkdown();
    try {
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      return expected.equals(actual)
          ? Optional.empty()
          : Optional.of(MatrixDiff.describe(golden, expected, this));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the golden file " + golden, e);
    }
  }

  private static void write(Path golden, String text) throws IOException {
    Path parent = golden.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(golden, text, StandardCharsets.UTF_8);
  }
}
