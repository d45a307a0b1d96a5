package dev.pagenav.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * pagenav's Spring MVC wiring: controller arguments for the page context, state and navigator; a
 * returned {@link dev.pagenav.Page} as a switch page; a thrown switch page answered with its 303
 * before any application exception handler; and the model attribute {@code pagenav} for views.
 */
public final class PageNavWebMvc implements WebMvcConfigurer, SmartInitializingSingleton {

  /** The name of the model attribute that holds the page context. */
  public static final String MODEL_ATTRIBUTE = "pagenav";

  private final ObjectProvider<RequestMappingHandlerAdapter> adapters;

  /**
   * Creates the wiring; the auto-configuration does this.
   *
   * @param adapters the handler adapters whose return values a returned page is read from
   */
  public PageNavWebMvc(ObjectProvider<RequestMappingHandlerAdapter> adapters) {
    this.adapters = adapters;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PageArguments());
  }

  /**
   * Puts the handler of returned pages first, so a page is a switch page even from a method whose
   * other return values are written as the response body.
   */
  @Override
  public void afterSingletonsInstantiated() {
    adapters.orderedStream().forEach(PageNavWebMvc::returnPagesFirst);
  }

  private static void returnPagesFirst(RequestMappingHandlerAdapter adapter) {
    List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
    handlers.add(new PageReturns());
    List<HandlerMethodReturnValueHandler> current = adapter.getReturnValueHandlers();
    if (current != null) {
      current.stream().filter(handler -> !(handler instanceof PageReturns)).forEach(handlers::add);
    }
    adapter.setReturnValueHandlers(handlers);
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
