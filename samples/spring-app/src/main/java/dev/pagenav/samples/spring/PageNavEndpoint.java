package dev.pagenav.samples.spring;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.test.AccessMatrix;
import dev.pagenav.test.Persona;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * The actuator endpoint {@code pagenav}: the application's pages and who reaches them, for tools.
 * Its path is a page of the admin section, so only admins get past pagenav to it.
 */
@Component
@Endpoint(id = "pagenav")
final class PageNavEndpoint {

  private final Report report;

  // The policy reads nothing but the session state, so the answer is the same for the app's life.
  PageNavEndpoint(NavigationPolicy policy) {
    this.report = Report.of(AccessMatrix.of(policy, Personas.ALL));
  }

  @ReadOperation
  Report report() {
    return report;
  }

  /**
   * What the endpoint answers.
   *
   * @param pages every page of the application, in the order they first appear
   * @param access by persona, then by url path: {@code default}, {@code yes}, {@code hidden} or
   *     {@code no}
   */
  record Report(List<PageSummary> pages, Map<String, Map<String, String>> access) {

    static Report of(AccessMatrix matrix) {
      Map<String, Map<String, String>> access = new LinkedHashMap<>();
      for (Persona persona : matrix.personas()) {
        access.put(persona.name(), column(matrix, persona));
      }
      return new Report(matrix.pages().stream().map(PageSummary::of).toList(), access);
    }

    private static Map<String, String> column(AccessMatrix matrix, Persona persona) {
      Map<String, String> column = new LinkedHashMap<>();
      for (Page page : matrix.pages()) {
        column.put(page.urlPath(), matrix.access(persona.name(), page.urlPath()).label());
      }
      return column;
    }
  }

  /**
   * One page of the application.
   *
   * @param urlPath the page's url path, such as {@code request-1}
   * @param title the page's title
   */
  record PageSummary(String urlPath, String title) {

    static PageSummary of(Page page) {
      return new PageSummary(page.urlPath(), page.title());
    }
  }
}
