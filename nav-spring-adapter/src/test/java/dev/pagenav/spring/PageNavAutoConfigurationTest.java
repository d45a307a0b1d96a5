package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.UnreachableMode;
import dev.pagenav.servlet.PageNavFilter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.session.web.http.SessionRepositoryFilter;

class PageNavAutoConfigurationTest {

  private static final Page LOGIN = Page.of("login");

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WebMvcAutoConfiguration.class,
                  PageNavAutoConfiguration.class,
                  ServletWebSecurityAutoConfiguration.class));

  @Configuration(proxyBeanMethods = false)
  static class Policy {
    @Bean
    NavigationPolicy navigationPolicy() {
      return state -> Navigation.of(LOGIN);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnFilter {
    static final PageNavFilter FILTER =
        PageNavFilter.builder(state -> Navigation.of(LOGIN)).mount("/own").build();

    @Bean
    PageNavFilter ownFilter() {
      return FILTER;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnSecurity {
    @Bean
    SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
    }
  }

  @Test
  void autoConfigurationWhenPolicyBeanThenFilterRegisteredForEveryDispatch() {
    runner
        .withUserConfiguration(Policy.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(PageNavFilter.class);
              assertThat(context).hasSingleBean(PageNavWebMvc.class);
              FilterRegistrationBean<?> registration =
                  context.getBean("pageNavFilterRegistration", FilterRegistrationBean.class);
              assertThat(registration.getUrlPatterns()).containsExactly("/*");
              assertThat(registration.determineDispatcherTypes()).hasSize(5);
              assertThat(registration.getOrder())
                  .isGreaterThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER)
                  .isGreaterThan(SessionRepositoryFilter.DEFAULT_ORDER);
            });
  }

  @Test
  void autoConfigurationWhenNoPolicyBeanThenOff() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(PageNavFilter.class);
          assertThat(context).doesNotHaveBean(PageNavAuthorizationManager.class);
        });
  }

  @Test
  void autoConfigurationWhenDisabledByPropertyThenOff() {
    runner
        .withUserConfiguration(Policy.class)
        .withPropertyValues("pagenav.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(PageNavFilter.class));
  }

  @Test
  void autoConfigurationWhenNotWebApplicationThenOff() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PageNavAutoConfiguration.class))
        .withUserConfiguration(Policy.class)
        .run(context -> assertThat(context).doesNotHaveBean(PageNavFilter.class));
  }

  @Test
  void autoConfigurationWhenApplicationDefinesFilterThenBacksOff() {
    runner
        .withUserConfiguration(Policy.class, OwnFilter.class)
        .run(
            context -> {
              assertThat(context).getBean(PageNavFilter.class).isSameAs(OwnFilter.FILTER);
              assertThat(context.getBean(PageNavFilter.class).pageNav().mount()).isEqualTo("/own");
            });
  }

  @Test
  void autoConfigurationWhenApplicationDefinesSecurityChainThenKeepsIt() {
    runner
        .withUserConfiguration(Policy.class, OwnSecurity.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(SecurityFilterChain.class);
              assertThat(context).hasBean("ownChain").doesNotHaveBean("pageNavSecurityFilterChain");
              assertThat(context).hasSingleBean(PageNavAuthorizationManager.class);
            });
  }

  @Test
  void autoConfigurationWhenSpringSecurityPresentThenDefaultChainAndRenewalStrategy() {
    runner
        .withUserConfiguration(Policy.class)
        .run(
            context -> {
              assertThat(context).hasBean("pageNavSecurityFilterChain");
              assertThat(context).hasSingleBean(SecurityFilterChain.class);
              assertThat(context).hasSingleBean(SessionAuthenticationStrategy.class);
            });
  }

  @Test
  void autoConfigurationWhenSpringSecurityAbsentThenNoSecurityBeans() {
    runner
        .withUserConfiguration(Policy.class)
        .withClassLoader(new FilteredClassLoader(SecurityFilterChain.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(PageNavFilter.class);
              assertThat(context).doesNotHaveBean(PageNavAuthorizationManager.class);
            });
  }

  @Test
  void propertiesWhenSetThenFilterRoutesByThem() {
    runner
        .withUserConfiguration(Policy.class)
        .withPropertyValues(
            "pagenav.mount=/app",
            "pagenav.exclude=/assets/,/health",
            "pagenav.unreachable=not-found",
            "pagenav.menu-json=/api/menu")
        .run(
            context -> {
              PageNavProperties properties = context.getBean(PageNavProperties.class);
              assertThat(properties.exclude()).containsExactly("/assets/", "/health");
              assertThat(properties.unreachable()).isEqualTo(UnreachableMode.NOT_FOUND);
              assertThat(context.getBean(PageNavFilter.class).pageNav().mount()).isEqualTo("/app");
            });
  }

  @Test
  void propertiesWhenMountInvalidThenStartupFailsNamingTheValue() {
    runner
        .withUserConfiguration(Policy.class)
        .withPropertyValues("pagenav.mount=/a b")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'/a b'"));
  }

  @Test
  void propertiesWhenUnreachableModeUnknownThenStartupFails() {
    runner
        .withUserConfiguration(Policy.class)
        .withPropertyValues("pagenav.unreachable=teleport")
        .run(context -> assertThat(context).hasFailed());
  }
}
