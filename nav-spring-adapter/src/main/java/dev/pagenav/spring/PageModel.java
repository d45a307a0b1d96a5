package dev.pagenav.spring;

import dev.pagenav.servlet.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the page context to every view of a page as the model attribute {@code pagenav}: menu,
 * current page, links and notice. It is added after the controller ran, so the menu reflects what
 * the controller changed in the state.
 */
final class PageModel implements HandlerInterceptor {

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable ModelAndView view) {
    if (view == null || view.wasCleared() || isRedirect(view)) {
      return;
    }
    PageContext.find(request)
        .ifPresent(page -> view.getModelMap().putIfAbsent(PageNavWebMvc.MODEL_ATTRIBUTE, page));
  }

  private static boolean isRedirect(ModelAndView view) {
    String name = view.getViewName();
    return name != null && name.startsWith("redirect:");
  }
}
