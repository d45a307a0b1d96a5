package dev.pagenav.spring;

import dev.pagenav.UnreachableMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of pagenav's routing, bound from the {@code pagenav.*} properties.
 *
 * @param enabled whether pagenav routes requests at all
 * @param mount the path the pages are served under, such as {@code /app}; {@code /} for the root
 * @param exclude paths passed through untouched, such as static assets and APIs: a path ending in
 *     {@code /} excludes everything under it, any other path only itself
 * @param unreachable what a request for a page outside the session's navigation gets: a redirect to
 *     the default page with a "page not found" notice, or a 404
 * @param menuJson the path that serves the session's menu as JSON, such as {@code /api/menu}; off
 *     when not set
 * @param sameOriginCheck whether state-changing requests to pages must come from the same origin;
 *     when not set, off if every Spring Security filter chain checks CSRF tokens, else on
 * @param cacheControl the {@code Cache-Control} header of page responses; empty to leave it to the
 *     pages
 */
@ConfigurationProperties("pagenav")
public record PageNavProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("/") String mount,
    @DefaultValue({"/css/", "/js/", "/images/", "/webjars/", "/favicon.ico"}) List<String> exclude,
    @DefaultValue("redirect") UnreachableMode unreachable,
    @Nullable String menuJson,
    @Nullable Boolean sameOriginCheck,
    @DefaultValue("no-store") String cacheControl) {

  /**
   * Creates the settings, copying the excluded paths.
   *
   * @param enabled whether pagenav routes requests at all
   * @param mount the path the pages are served under
   * @param exclude paths passed through untouched
   * @param unreachable what a request for a page outside the navigation gets
   * @param menuJson the path that serves the menu as JSON, or null for none
   * @param sameOriginCheck whether to check the origin of state-changing requests, or null to
   *     decide from Spring Security's CSRF protection
   * @param cacheControl the {@code Cache-Control} header of page responses, or empty for none
   */
  public PageNavProperties {
    exclude = List.copyOf(exclude);
  }
}
