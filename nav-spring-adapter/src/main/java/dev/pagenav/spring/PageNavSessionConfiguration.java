package dev.pagenav.spring;

import dev.pagenav.servlet.StoreUnavailableFilter;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * pagenav with Spring Session: a session store that fails (a Redis or database outage) gives a 503
 * page, never a 500 and never a page served without the session's state, and is logged once per
 * failure episode.
 *
 * <p>Every {@link SessionRepository} bean is wrapped in a {@link SessionRepositoryGuard}, which
 * turns its failures into {@link dev.pagenav.servlet.StoreUnavailableException}. A {@link
 * StoreUnavailableFilter} just before Spring Session's filter answers them with 503, also when a
 * session fails to save as the response is committed; a {@link SessionStoreCheck} just after it
 * meets the failure before any page, template or security check does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({SessionRepository.class, SessionRepositoryFilter.class})
class PageNavSessionConfiguration {

  private static final String FILTER_ORDER = "spring.session.servlet.filter-order";

  @Bean
  static BeanPostProcessor pageNavSessionRepositoryGuard() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof SessionRepository<?> repository ? guarded(repository) : bean;
      }
    };
  }

  /**
   * Wraps a repository, as a subclass where it can be, so that beans taking its own class, such as
   * an indexed repository's listeners, still receive it.
   */
  static Object guarded(SessionRepository<?> repository) {
    ProxyFactory proxy = new ProxyFactory(repository);
    proxy.setProxyTargetClass(!Modifier.isFinal(repository.getClass().getModifiers()));
    proxy.addAdvice(new SessionRepositoryGuard(repository.getClass().getSimpleName()));
    return proxy.getProxy(repository.getClass().getClassLoader());
  }

  /**
   * Registers the filter that answers 503 for a failing session store, one place before Spring
   * Session's filter wherever {@code spring.session.servlet.filter-order} puts it.
   *
   * @param environment where Spring Session's filter order is read
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "storeUnavailableFilterRegistration")
  FilterRegistrationBean<StoreUnavailableFilter> storeUnavailableFilterRegistration(
      Environment environment) {
    int order = sessionFilterOrder(environment);
    return PageNavAutoConfiguration.everyRequest(
        new StoreUnavailableFilter(),
        "storeUnavailableFilter",
        order == Integer.MIN_VALUE ? order : order - 1);
  }

  /**
   * Registers the check that finds a failing session store before any page does, one place after
   * Spring Session's filter. Without a single guarded session repository the registration is
   * disabled.
   *
   * @param repositories the session repositories, guarded
   * @param environment where Spring Session's filter order is read
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "sessionStoreCheckRegistration")
  FilterRegistrationBean<SessionStoreCheck> sessionStoreCheckRegistration(
      ObjectProvider<SessionRepository<?>> repositories, Environment environment) {
    SessionRepository<?> repository = repositories.getIfUnique();
    SessionRepositoryGuard guard = repository == null ? null : guardOf(repository);
    int order = sessionFilterOrder(environment);
    FilterRegistrationBean<SessionStoreCheck> registration =
        PageNavAutoConfiguration.everyRequest(
            new SessionStoreCheck(repository, guard),
            "sessionStoreCheck",
            order == Integer.MAX_VALUE ? order : order + 1);
    registration.setEnabled(guard != null);
    return registration;
  }

  private static @Nullable SessionRepositoryGuard guardOf(SessionRepository<?> repository) {
    if (repository instanceof Advised advised) {
      for (Advisor advisor : advised.getAdvisors()) {
        if (advisor.getAdvice() instanceof SessionRepositoryGuard guard) {
          return guard;
        }
      }
    }
    return null;
  }

  private static int sessionFilterOrder(Environment environment) {
    return environment.getProperty(
        FILTER_ORDER, Integer.class, SessionRepositoryFilter.DEFAULT_ORDER);
  }
}
