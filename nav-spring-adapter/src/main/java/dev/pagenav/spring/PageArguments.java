package dev.pagenav.spring;

import dev.pagenav.Navigator;
import dev.pagenav.SessionState;
import dev.pagenav.servlet.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the {@link PageContext} of the page being rendered, or its {@link
 * SessionState} or {@link Navigator}.
 */
final class PageArguments implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    return type == PageContext.class || type == SessionState.class || type == Navigator.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer container,
      NativeWebRequest webRequest,
      @Nullable WebDataBinderFactory binderFactory) {
    HttpServletRequest request =
        Objects.requireNonNull(webRequest.getNativeRequest(HttpServletRequest.class));
    PageContext page = PageContext.of(request);
    Class<?> type = parameter.getParameterType();
    if (type == SessionState.class) {
      return page.state();
    }
    return type == Navigator.class ? page.navigator() : page;
  }
}
