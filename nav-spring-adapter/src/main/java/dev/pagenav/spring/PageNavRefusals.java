package dev.pagenav.spring;

import dev.pagenav.servlet.PageNavFilter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Answers the requests Spring Security refuses the way pagenav would: a page outside the navigation
 * gets the redirect to the root with the "page not found" notice (or 404), a malformed path 400.
 * Anything else Spring Security refused, such as a request without a valid CSRF token, gets 403.
 *
 * <p>The default security filter chain uses it for both access denied and authentication entry; in
 * a chain of your own:
 *
 * <pre>{@code
 * http.exceptionHandling(exceptions -> exceptions
 *     .accessDeniedHandler(pageNavRefusals)
 *     .authenticationEntryPoint(pageNavRefusals));
 * }</pre>
 */
public final class PageNavRefusals implements AccessDeniedHandler, AuthenticationEntryPoint {

  private final ObjectProvider<PageNavFilter> filter;
  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

  /**
   * Creates the handler.
   *
   * @param filter the filter that answers, looked up on first use
   */
  public PageNavRefusals(ObjectProvider<PageNavFilter> filter) {
    this.filter = filter;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (!filter.getObject().answerRefusal(request, response)) {
      forbidden.handle(request, response, denied);
    }
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException, ServletException {
    if (!filter.getObject().answerRefusal(request, response)) {
      forbidden.handle(request, response, new AccessDeniedException("Access denied", refused));
    }
  }
}
