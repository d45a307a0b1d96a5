package dev.pagenav.servlet;

import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * Renders one page, the way a Streamlit page is a callable.
 *
 * <pre>{@code
 * PageHandler bugs = page -> page.response().getWriter().write("<h1>Bug reports</h1>");
 * }</pre>
 */
@FunctionalInterface
public interface PageHandler {

  /**
   * Renders the page for the current request.
   *
   * @param page the request-bound context: state, navigation, links, menu, switch page
   * @throws IOException if writing the response fails
   * @throws ServletException if the page cannot be rendered
   */
  void handle(PageContext page) throws IOException, ServletException;
}
