package dev.pagenav.spring;

import dev.pagenav.NavigationPolicy;
import dev.pagenav.servlet.PageNavFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The Spring Boot adapter's entry point: routes every request by the session's navigation once the
 * application declares a {@link NavigationPolicy} bean.
 *
 * <pre>{@code
 * @Bean
 * NavigationPolicy navigation() {
 *   return state -> state.get(LOGGED_IN) ? Navigation.of(dashboard, bugs) : Navigation.of(login);
 * }
 *
 * @Controller
 * class Pages {
 *   @GetMapping("/bugs")
 *   String bugs(Model model) {
 *     return "bugs"; // the view gets the menu and links as the model attribute "pagenav"
 *   }
 * }
 * }</pre>
 *
 * <p>Each bean backs off when the application declares its own: the {@link PageNavFilter}, its
 * registration (named {@code pageNavFilterRegistration}), the Spring MVC wiring and, with Spring
 * Security, the {@link PageNavAuthorizationManager}, the session authentication strategy and the
 * default security filter chain. {@code pagenav.enabled=false} turns everything off.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
    beforeName = {
      PageNavSecurityConfiguration.BOOT_WEB_SECURITY,
      PageNavSecurityConfiguration.BOOT_MANAGEMENT_SECURITY
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({PageNavFilter.class, DispatcherServlet.class})
@ConditionalOnBean(NavigationPolicy.class)
@ConditionalOnBooleanProperty(name = "pagenav.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PageNavProperties.class)
@Import({PageNavSecurityConfiguration.class, PageNavSessionConfiguration.class})
public class PageNavAutoConfiguration {

  /**
   * The filter's place in the chain: after Spring Session's repository filter and just after Spring
   * Security's filter chain, whose default order is -100, so CSRF protection, security headers and
   * access decisions cover the pages pagenav serves itself too.
   */
  static final int FILTER_ORDER = -99;

  /** Creates the auto-configuration; Spring Boot does this. */
  public PageNavAutoConfiguration() {}

  /**
   * Builds the filter from the policy, the properties, the paths Spring MVC maps and the
   * customizers.
   *
   * @param policy the application's navigation policy
   * @param properties the {@code pagenav.*} settings
   * @param beans where the request mappings are found
   * @param environment where the error page's path is read
   * @param customizers adjust the builder last, in order
   * @return the filter
   */
  @Bean
  @ConditionalOnMissingBean
  public PageNavFilter pageNavFilter(
      NavigationPolicy policy,
      PageNavProperties properties,
      ListableBeanFactory beans,
      Environment environment,
      ObjectProvider<PageNavCustomizer> customizers) {
    String errorPath = environment.getProperty("server.error.path", "/error");
    Set<String> mapped = MappedPaths.of(beans);
    PageNavFilter.Builder builder =
        settings(properties, PageNavFilter.builder(policy)).internal(errorPath).mappedPaths(mapped);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    PageNavFilter filter = builder.build();
    MappedPaths.warnOutside(mapped, filter.pageNav().mount(), errorPath);
    return filter;
  }

  private static PageNavFilter.Builder settings(
      PageNavProperties properties, PageNavFilter.Builder builder) {
    builder
        .mount(properties.mount())
        .exclude(properties.exclude().toArray(String[]::new))
        .unreachable(properties.unreachable())
        .cacheControl(properties.cacheControl().isEmpty() ? null : properties.cacheControl());
    if (properties.menuJson() != null) {
      builder.menuJson(properties.menuJson());
    }
    if (properties.sameOriginCheck() != null) {
      builder.sameOriginCheck(properties.sameOriginCheck());
    }
    return builder;
  }

  /**
   * Registers the filter for every path and dispatcher type.
   *
   * @param filter the filter
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "pageNavFilterRegistration")
  public FilterRegistrationBean<PageNavFilter> pageNavFilterRegistration(PageNavFilter filter) {
    return everyRequest(filter, "pageNavFilter", FILTER_ORDER);
  }

  /** Registers a filter of pagenav's for every path and dispatcher type, at an order. */
  static <F extends Filter> FilterRegistrationBean<F> everyRequest(
      F filter, String name, int order) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
    registration.setOrder(order);
    registration.setAsyncSupported(true);
    return registration;
  }

  /**
   * Lets controllers take pagenav's arguments and return pages, and gives views the model attribute
   * {@code pagenav}.
   *
   * @param adapters Spring MVC's handler adapters
   * @return the Spring MVC wiring
   */
  @Bean
  @ConditionalOnMissingBean
  public PageNavWebMvc pageNavWebMvc(ObjectProvider<RequestMappingHandlerAdapter> adapters) {
    return new PageNavWebMvc(adapters);
  }
}
