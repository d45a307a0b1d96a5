package dev.pagenav.spring;

import dev.pagenav.PageRedirect;
import dev.pagenav.servlet.PageNavFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/** Answers a switch page thrown by a controller, or by returning a page, with its 303. */
final class PageRedirects implements HandlerExceptionResolver {

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request,
      HttpServletResponse response,
      @Nullable Object handler,
      Exception thrown) {
    if (!(thrown instanceof PageRedirect redirect)) {
      return null;
    }
    PageNavFilter.sendRedirect(redirect, response);
    return new ModelAndView();
  }
}
