package dev.pagenav.spring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** The paths that the application's controllers map, which become the gated pages. */
final class MappedPaths {

  private static final Logger LOG = LoggerFactory.getLogger(MappedPaths.class);
  private static final int MAX_LISTED = 20;

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

  /**
   * Warns about mapped paths outside the mount point: pagenav passes them through unchecked, which
   * is rarely meant when controllers and pages live side by side.
   *
   * @param paths the mapped paths
   * @param mount the mount point, empty for the root
   * @param errorPath Spring Boot's error page, outside the mount point on purpose
   */
  static void warnOutside(Set<String> paths, String mount, String errorPath) {
    if (mount.isEmpty()) {
      return;
    }
    List<String> outside =
        paths.stream()
            .filter(path -> !path.equals(mount) && !path.startsWith(mount + "/"))
            .filter(path -> !path.equals(errorPath))
            .sorted()
            .toList();
    if (!outside.isEmpty()) {
      LOG.warn(
          "{} request mappings lie outside the mount point '{}', so pagenav passes them through"
              + " unchecked: {}. Move them under the mount point, or mount pagenav at '/'.",
          outside.size(),
          mount,
          outside.subList(0, Math.min(MAX_LISTED, outside.size())));
    }
  }
}
