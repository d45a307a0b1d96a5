package dev.pagenav.spring;

import dev.pagenav.servlet.PageNavFilter;

/**
 * Adjusts the filter before it is built, for what the {@code pagenav.*} properties do not cover:
 * lambda pages, internal paths, another state store. Declare one or more as beans; they run in
 * their {@link org.springframework.core.annotation.Order order}, after the properties are applied.
 */
@FunctionalInterface
public interface PageNavCustomizer {

  /**
   * Adjusts the filter's builder.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(PageNavFilter.Builder builder);
}
