package dev.pagenav.spring;

import dev.pagenav.Page;
import dev.pagenav.servlet.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Treats a {@link Page} returned by a controller method as a switch page to it: a 303 redirect, or
 * {@link dev.pagenav.PageNotReachableException} when the navigation does not hold it.
 */
final class PageReturns implements HandlerMethodReturnValueHandler {

  @Override
  public boolean supportsReturnType(MethodParameter returnType) {
    return Page.class.isAssignableFrom(returnType.getParameterType());
  }

  @Override
  public void handleReturnValue(
      @Nullable Object returnValue,
      MethodParameter returnType,
      ModelAndViewContainer container,
      NativeWebRequest webRequest) {
    Page page =
        (Page)
            Objects.requireNonNull(
                returnValue, () -> returnType.getMethod() + " returned null instead of a page");
    HttpServletRequest request =
        Objects.requireNonNull(webRequest.getNativeRequest(HttpServletRequest.class));
    // Throws the switch page, which PageRedirects answers like one thrown by the method itself.
    PageContext.of(request).switchPage(page);
  }
}
