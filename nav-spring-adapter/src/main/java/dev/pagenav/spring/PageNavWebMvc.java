package dev.pagenav.spring;

import java.util.List;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * pagenav's Spring MVC wiring: controller arguments for the page context, state and navigator; a
 * returned {@link dev.pagenav.Page} as a switch page; a thrown switch page answered with its 303
 * before any application exception handler; and the model attribute {@code pagenav} for views.
 */
public final class PageNavWebMvc implements WebMvcConfigurer {

  /** The name of the model attribute that holds the page context. */
  public static final String MODEL_ATTRIBUTE = "pagenav";

  /** Creates the wiring; the auto-configuration does this. */
  public PageNavWebMvc() {}

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PageArguments());
  }

  @Override
  public void addReturnValueHandlers(List<HandlerMethodReturnValueHandler> handlers) {
    handlers.add(new PageReturns());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PageModel());
  }

  @Override
  public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
    // First, so an application's catch-all exception handler never swallows a switch page.
    resolvers.add(0, new PageRedirects());
  }
}
