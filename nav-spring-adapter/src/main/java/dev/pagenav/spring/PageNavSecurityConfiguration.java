package dev.pagenav.spring;

import dev.pagenav.servlet.HttpSessionStateStore;
import dev.pagenav.servlet.PageNavFilter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * pagenav with Spring Security on the classpath: one access decision, Spring Security's session
 * fixation protection at login, and its CSRF protection instead of pagenav's same-origin check.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
class PageNavSecurityConfiguration {

  /**
   * Enables web security, which provides the {@link HttpSecurity} the default chain is built with.
   */
  static final String BOOT_WEB_SECURITY =
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration";

  /** Adds a chain of its own for actuator endpoints when the application has no chain yet. */
  static final String BOOT_MANAGEMENT_SECURITY =
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet"
          + ".ManagementWebSecurityAutoConfiguration";

  private static final Logger LOG = LoggerFactory.getLogger(PageNavSecurityConfiguration.class);

  private static final ObjectPostProcessor<HeaderWriterFilter> EAGER_HEADERS =
      new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
          filter.setShouldWriteHeadersEagerly(true);
          return filter;
        }
      };

  @Bean
  @ConditionalOnMissingBean
  PageNavAuthorizationManager pageNavAuthorizationManager(ObjectProvider<PageNavFilter> filter) {
    return new PageNavAuthorizationManager(filter);
  }

  @Bean
  @ConditionalOnMissingBean
  PageNavRefusals pageNavRefusals(ObjectProvider<PageNavFilter> filter) {
    return new PageNavRefusals(filter);
  }

  @Bean
  @ConditionalOnMissingBean
  CsrfTokenRepository pageNavCsrfTokenRepository() {
    return new SessionCsrfTokens();
  }

  /**
   * What login does to the session, as Spring Security's own login does: a new session id, and a
   * new CSRF token, so neither an id nor a token seen before login is worth anything after it.
   */
  @Bean
  @ConditionalOnMissingBean
  SessionAuthenticationStrategy pageNavSessionAuthenticationStrategy(CsrfTokenRepository tokens) {
    return new CompositeSessionAuthenticationStrategy(
        List.of(
            new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(tokens)));
  }

  /**
   * The security filter chain when the application has none: pagenav decides every request and
   * answers those it refuses, and pages do login and logout, so Spring Security's login form, basic
   * authentication, logout filter and request cache are off; CSRF protection and security headers
   * stay on.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE - 10)
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  @ConditionalOnClass(name = BOOT_WEB_SECURITY)
  SecurityFilterChain pageNavSecurityFilterChain(
      HttpSecurity http,
      PageNavAuthorizationManager authorization,
      PageNavRefusals refusals,
      SessionAuthenticationStrategy renewal,
      CsrfTokenRepository tokens)
      throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().access(authorization))
        .exceptionHandling(
            exceptions ->
                exceptions.accessDeniedHandler(refusals).authenticationEntryPoint(refusals))
        .csrf(csrf -> csrf.csrfTokenRepository(tokens))
        // Written before the chain: a response the root's forward completes without a body
        // would otherwise leave without them.
        .headers(headers -> headers.addObjectPostProcessor(EAGER_HEADERS))
        .sessionManagement(session -> session.sessionAuthenticationStrategy(renewal))
        // pagenav remembers the page to return to; Spring Security's cache would make a session
        // for every refused request, scanners' included.
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .build();
  }

  /**
   * Renews the session id at login with the session authentication strategy, and turns the
   * same-origin check off when every security filter chain checks CSRF tokens, unless {@code
   * pagenav.same-origin-check} says otherwise. Runs before the application's customizers.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  PageNavCustomizer pageNavSecurityCustomizer(
      PageNavProperties properties,
      SessionAuthenticationStrategy renewal,
      ObjectProvider<SecurityFilterChain> chains) {
    return builder -> {
      builder.store(new SecurityRenewal(new HttpSessionStateStore(), renewal));
      if (properties.sameOriginCheck() == null && checksCsrf(chains.orderedStream().toList())) {
        LOG.info("Spring Security checks CSRF tokens, so pagenav's same-origin check is off");
        builder.sameOriginCheck(false);
      }
    };
  }

  private static boolean checksCsrf(List<SecurityFilterChain> chains) {
    return !chains.isEmpty()
        && chains.stream()
            .allMatch(chain -> chain.getFilters().stream().anyMatch(CsrfFilter.class::isInstance));
  }
}
