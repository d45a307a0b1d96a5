package dev.pagenav.spring;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** The paths that the application's controllers map, which become the gated pages. */
final class MappedPaths {

  private MappedPaths() {}

  /**
   * Returns every path pattern of every request mapping; the core keeps those it guards.
   *
   * @param beans where the handler mappings are
   * @return the patterns, such as {@code /reports/bugs} or {@code /users/{id}}
   */
  static Set<String> of(ListableBeanFactory beans) {
    Set<String> paths = new LinkedHashSet<>();
    for (RequestMappingInfoHandlerMapping mapping :
        beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        paths.addAll(info.getPatternValues());
      }
    }
    return paths;
  }
}
